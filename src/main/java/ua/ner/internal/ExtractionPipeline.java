package ua.ner.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import ua.ner.Entity;
import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;
import ua.ner.internal.ner.FastNameFinderModel;
import ua.ner.internal.ner.PostMarking;
import ua.ner.internal.text.MarkupView;
import ua.ner.internal.text.SpanList;

/**
 * The whole pipeline over shared, immutable models: paragraphs → sentences → tokens → name finder →
 * entities. Thread-safe: each call borrows a {@link Worker} (the OpenNLP objects that keep per-call
 * state) from a pool and gives it back, so no state is tied to a thread.
 */
public final class ExtractionPipeline {

  /** The name finder sees at most this many tokens at once; longer sentences are cut into windows. */
  static final int MAX_WINDOW_TOKENS = 200;
  private final Segmenter segmenter;
  private final TokenNameFinderModel nameFinderModel;
  /** How often the training documents marked each post noun (from the model); null: not known. */
  private final PostMarking posts;
  private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final int maxIdle;
  private volatile boolean closed;

  private ExtractionPipeline(Segmenter segmenter, TokenNameFinderModel nameFinderModel) {
    this.segmenter = segmenter;
    this.nameFinderModel = nameFinderModel;
    this.posts = nameFinderModel instanceof FastNameFinderModel fast ? fast.postMarking() : null;
    this.maxIdle = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
  }

  /**
   * Loads the models from {@code modelDir} (files missing there, or all when null, come from the
   * classpath) and the dictionary, and checks that a worker can be built from them.
   */
  public static ExtractionPipeline load(Path modelDir) {
    UkrainianDictionary dictionary;
    try {
      dictionary = UkrainianDictionary.shared();
    } catch (UkrainianDictionary.DictionaryLoadException e) {
      throw new ua.ner.ModelLoadException("the morfologik-ukrainian-lt dictionary", e.getMessage(), e);
    }
    SentenceModel sentences = Models.sentenceModel(modelDir);
    TokenNameFinderModel names = Models.nameFinderModel(modelDir);
    ExtractionPipeline pipeline = new ExtractionPipeline(new Segmenter(sentences, dictionary), names);
    try {
      pipeline.giveBack(pipeline.newWorker());
    } catch (RuntimeException e) {
      throw new ua.ner.ModelLoadException(Models.NAME_FINDER_MODEL, "cannot build a name finder from it (" + e + ")", e);
    }
    return pipeline;
  }

  /** Per-call state: OpenNLP's finder and detector and a dictionary lookup. Used by one thread at a time. */
  private final class Worker {
    final Segmenter.Session segmenter = ExtractionPipeline.this.segmenter.newSession();
    final NameFinderME finder = new NameFinderME(nameFinderModel);
    final SpanList tokens = new SpanList(256);
  }

  private Worker newWorker() {
    return new Worker();
  }

  private Worker borrow() {
    Worker w = idle.poll();
    if (w != null) {
      idleCount.decrementAndGet();
      return w;
    }
    return newWorker();
  }

  private void giveBack(Worker w) {
    if (!closed && idleCount.incrementAndGet() <= maxIdle) {
      idle.offer(w);
    } else {
      idleCount.decrementAndGet();
    }
  }

  /** Drops the pooled workers; later calls still work, building workers anew. */
  public void close() {
    closed = true;
    idle.clear();
    idleCount.set(0);
  }

  /**
   * The mentions of {@code text} in text order, each normalized on its own, PERSON mentions with the
   * posts their sentence gives them. Sentences are not kept: memory stays proportional to the entities.
   */
  List<Mention> analyze(String text) {
    List<Mention> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    String view = MarkupView.of(text);
    Worker w = borrow();
    try {
      w.finder.clearAdaptiveData();
      boolean narrative = Narration.isNarrative(view);
      w.segmenter.sentences(view, (start, end) -> sentence(w, text, view, start, end, narrative, out));
      TypeVote.apply(out, text, view, w.segmenter.analyzer());
      QuotedWorks.apply(out, view, w.segmenter.analyzer());
    } finally {
      w.finder.clearAdaptiveData();
      giveBack(w);
    }
    return out;
  }

  /** The document: entities and the people they name, with names made consistent across the document. */
  public ua.ner.Document document(String text) {
    List<Mention> mentions = analyze(text);
    List<ua.ner.Person> persons = PersonLinker.link(mentions);
    List<Entity> entities = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      entities.add(m.entity);
    }
    return new ua.ner.Document(entities, persons);
  }

  /** @param view the text with its markup blanked out ({@link MarkupView}); offsets are the same */
  private void sentence(Worker w, String text, String view, int from, int to, boolean narrative,
      List<Mention> out) {
    w.tokens.clear();
    w.segmenter.tokenize(view, from, to, w.tokens);
    int n = w.tokens.size();
    for (int ws = 0; ws < n; ws += MAX_WINDOW_TOKENS) {
      AnalyzedSentence s = window(w, text, view, ws, Math.min(n, ws + MAX_WINDOW_TOKENS));
      for (Mention m : s.mentions()) {
        if (m.type == EntityType.PERSON) {
          m.roles = PersonLinker.roles(text, s, m, w.segmenter.analyzer());
        } else if (isUnmarkedPost(m, s, narrative, w.segmenter.analyzer())) {
          continue; // no ROLE, though a person's post if the linker read it so
        }
        out.add(m);
      }
    }
  }

  /**
   * Whether {@code m} is a one-word post that TRAIN rarely marks, or, in a narrative text, hardly knows
   * ({@link PostMarking}).
   */
  private boolean isUnmarkedPost(Mention m, AnalyzedSentence s, boolean narrative, MorphAnalyzer analyzer) {
    if (m.type != EntityType.ROLE || posts == null || m.tokenEnd - m.tokenStart != 1) {
      return false;
    }
    String word = s.tokens()[m.tokenStart];
    return posts.rarelyMarked(word, analyzer) || narrative && posts.rarelySeen(word, analyzer);
  }

  private AnalyzedSentence window(Worker w, String text, String view, int from, int to) {
    int n = to - from;
    String[] tokens = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = w.tokens.start(from + i);
      ends[i] = w.tokens.end(from + i);
      tokens[i] = view.substring(starts[i], ends[i]);
    }
    MorphAnalyzer analyzer = w.segmenter.analyzer();
    Span[] found = SpanRules.apply(tokens, starts, ends, ours(w.finder.find(tokens)), analyzer);
    if (posts != null) {
      found = SpanRules.usualPosts(tokens, starts, ends, found, analyzer, t -> posts.usuallyAlone(t, analyzer));
      found = SpanRules.postChains(tokens, found, analyzer, t -> posts.takesChain(t, analyzer));
    }
    Span[] names = RolePattern.apply(tokens, found, analyzer);
    List<Mention> mentions = new ArrayList<>(names.length);
    for (Span name : names) {
      EntityType type = EntityType.valueOf(name.getType()); // the rules keep to the four types
      int start = starts[name.getStart()];
      int end = ends[name.getEnd() - 1];
      String[] parts = Arrays.copyOfRange(tokens, name.getStart(), name.getEnd());
      int[] offsets = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        offsets[i] = starts[name.getStart() + i] - start;
      }
      double p = name.getProb();
      double confidence = Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
      // written: as the tokens see it, without markup
      mentions.add(Mention.of(type, text, start, end, view.substring(start, end), parts, offsets,
          startsClause(tokens, name.getStart()), confidence, name.getStart(), name.getEnd(), analyzer));
    }
    return new AnalyzedSentence(tokens, starts, ends, mentions);
  }

  /**
   * Whether token {@code i} starts a sentence or clause, so that its capital may be positional: the
   * first token, or one after end punctuation, a colon, a dash, an opening quote or bracket, or a
   * number or Latin word (a dateline: "date 2025-12-06 Спеціальний посланник …").
   */
  static boolean startsClause(String[] tokens, int i) {
    if (i == 0) {
      return true;
    }
    String prev = tokens[i - 1];
    char c = prev.charAt(0);
    if (Character.isDigit(c)) {
      return true;
    }
    if (!Character.isLetter(c)) {
      return ".!?…:—–-«\"„(".indexOf(c) >= 0;
    }
    for (int k = 0; k < prev.length(); k++) {
      if (Character.isLetter(prev.charAt(k)) && prev.charAt(k) >= 0x400) {
        return false; // a Cyrillic word: mid-sentence
      }
    }
    return true; // a Latin word
  }

  /** Our type names: the models are trained with them; any other name is not ours. */
  private static final Set<String> TYPE_NAMES =
      Arrays.stream(EntityType.values()).map(EntityType::name).collect(Collectors.toUnmodifiableSet());

  /**
   * The names of the four types: a model trained with {@code train --other-types} also finds some of
   * NER-UK's other types, which it learned only to tell them apart from these.
   */
  private static Span[] ours(Span[] names) {
    for (Span s : names) {
      if (!TYPE_NAMES.contains(s.getType())) {
        return Arrays.stream(names).filter(x -> TYPE_NAMES.contains(x.getType())).toArray(Span[]::new);
      }
    }
    return names;
  }
}
