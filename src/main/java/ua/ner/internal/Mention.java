package ua.ner.internal;

import java.util.List;

import ua.ner.Entity;
import ua.ner.EntityType;
import ua.ner.Role;
import ua.ner.internal.morph.MorphAnalyzer;

/**
 * An entity found in a sentence, with its token range and tokens there. {@link TypeVote} may replace
 * the mention by one of another type; the linker may replace the entity by one with a better
 * normalized form (a surname read in the light of the whole document).
 */
final class Mention {

  final EntityType type;
  final int tokenStart;
  final int tokenEnd;
  /** For PERSON mentions, the parsed name; null otherwise. */
  PersonNames.Name name;
  Entity entity;
  /** For PERSON mentions, the posts the mention's sentence gives the person; empty otherwise. */
  List<Role> roles = List.of();

  /** The name's tokens as the finder saw them, their offsets from its start, and whether it starts a clause. */
  final String[] parts;
  final int[] offsets;
  final boolean clauseStart;

  private Mention(Entity entity, int tokenStart, int tokenEnd, PersonNames.Name name, String[] parts, int[] offsets,
      boolean clauseStart) {
    this.type = entity.type();
    this.entity = entity;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.name = name;
    this.parts = parts;
    this.offsets = offsets;
    this.clauseStart = clauseStart;
  }

  /**
   * A mention of {@code type} normalized on its own.
   *
   * @param text       the document
   * @param written    the name as the tokens see it (without markup; same length as its text)
   * @param parts      the name's tokens
   * @param offsets    each token's offset from the name's start
   * @param clauseStart whether the name starts a sentence or clause, so that its capital may be positional
   */
  static Mention of(EntityType type, String text, int start, int end, String written, String[] parts, int[] offsets,
      boolean clauseStart, double confidence, int tokenStart, int tokenEnd, MorphAnalyzer analyzer) {
    PersonNames.Name person = type == EntityType.PERSON ? PersonNames.parse(parts, analyzer) : null;
    String normalized = person != null ? person.normalized(written, parts, offsets)
        : NominativeNormalizer.normalize(type, written, parts, offsets, clauseStart, analyzer);
    return new Mention(new Entity(type, text.substring(start, end), start, end, normalized, confidence), tokenStart,
        tokenEnd, person, parts, offsets, clauseStart);
  }

  /** This mention as one of {@code type}, normalized anew; its posts are lost (the sentence is gone). */
  Mention retyped(EntityType type, String text, String written, MorphAnalyzer analyzer) {
    return of(type, text, entity.start(), entity.end(), written, parts, offsets, clauseStart, entity.confidence(),
        tokenStart, tokenEnd, analyzer);
  }
}
