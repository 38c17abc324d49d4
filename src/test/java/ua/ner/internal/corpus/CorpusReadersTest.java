package ua.ner.internal.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReadersTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @Test
  void readsUdRawTextWithGoldSentencesAndSurfaceTokens() throws IOException {
    List<UdCorpus.Doc> docs = UdCorpus.read(Path.of("src/test/resources/ud-tiny.conllu"), true);
    assertEquals(1, docs.size());
    UdCorpus.Doc doc = docs.get(0);
    assertEquals("Вона живе на вул. Шевченка. Т. Шевченко народився 1814 року.\nНіде правди діти.", doc.text());
    assertEquals(3, doc.sentences().size());
    List<String> tokens = new ArrayList<>();
    for (int[] t : doc.tokens()) {
      tokens.add(doc.text().substring(t[0], t[1]));
    }
    // the multiword token is one surface token
    assertEquals(List.of("Вона", "живе", "на", "вул", ".", "Шевченка", ".", "Т", ".", "Шевченко", "народився", "1814",
        "року", ".", "Ніде", "правди", "діти", "."), tokens);
    assertEquals(' ', UdCorpus.read(Path.of("src/test/resources/ud-tiny.conllu"), false).get(0).text().charAt(60));
  }

  @Test
  void readsBrukParagraphsAndDetokenizes() throws IOException {
    List<BrukCorpus.Text> texts = BrukCorpus.read(CORPUS.resolve("bruk"));
    assertEquals(1, texts.size());
    assertEquals(2, texts.get(0).paragraphs().size());
    List<List<BrukCorpus.Token>> first = texts.get(0).paragraphs().get(0);
    assertEquals("Шевченко", first.get(0).get(4).lemma());
    assertEquals("noun:anim:m:v_rod:prop:lname", first.get(0).get(4).tags());
    StringBuilder sb = new StringBuilder();
    Detokenizer.append(sb, first.get(0).stream().map(BrukCorpus.Token::value).toList());
    assertEquals("Вона живе на вул. Шевченка.", sb.toString());
    sb.setLength(0);
    Detokenizer.append(sb, texts.get(0).paragraphs().get(1).get(0).stream().map(BrukCorpus.Token::value).toList());
    assertEquals("«Кобзар» вийшов друком.", sb.toString());
    sb.setLength(0);
    Detokenizer.append(sb, List.of("Він", "сказав", ":", "\"", "Так", "\"", "(", "і", "пішов", ")", "."));
    assertEquals("Він сказав: \"Так\" (і пішов).", sb.toString());
  }

  @Test
  void readsTheNerUkSplit() throws IOException {
    NerUkCorpus corpus = NerUkCorpus.open(CORPUS.resolve("ner-uk-2.0"));
    assertEquals(List.of("doc1", "doc2"), corpus.documents(NerUkCorpus.Part.TRAIN).stream().map(BratDocument::id).toList());
    assertEquals(List.of("doc3"), corpus.documents(NerUkCorpus.Part.DEV).stream().map(BratDocument::id).toList());
    assertEquals(2, corpus.documents(NerUkCorpus.Part.TRAIN, "ng").size());
    assertEquals(List.of(), corpus.swapped(NerUkCorpus.Part.TRAIN));
  }

  @Test
  void refusesAFolderWithoutSplit(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> NerUkCorpus.open(dir));
    assertEquals(true, e.getMessage().contains("split.txt"));
  }
}
