package ua.ner.internal;

import java.util.List;

import ua.ner.Entity;
import ua.ner.EntityType;
import ua.ner.Role;

/**
 * An entity found in a sentence, with its token range there. The linker may replace the entity by one
 * with a better normalized form (a surname read in the light of the whole document).
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

  Mention(Entity entity, int tokenStart, int tokenEnd, PersonNames.Name name) {
    this.type = entity.type();
    this.entity = entity;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.name = name;
  }
}
