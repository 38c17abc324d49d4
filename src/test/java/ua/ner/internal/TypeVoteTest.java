package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;

class TypeVoteTest {

  private final MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();

  private static final String TEXT = "Науменко заявив. Науменко пішов. У Науменка є брат. Слова Діброви. Діброва росте.";

  private Mention mention(EntityType type, String word, int from, double confidence) {
    int start = TEXT.indexOf(word, from);
    return Mention.of(type, TEXT, start, start + word.length(), word, new String[] {word}, new int[] {0}, false,
        confidence, 0, 1, analyzer);
  }

  @Test
  void everyMentionOfANameTakesTheSurerType() {
    List<Mention> mentions = new ArrayList<>(List.of(
        mention(EntityType.PERSON, "Науменко", 0, 0.9),
        mention(EntityType.LOCATION, "Науменко", 10, 0.7),
        mention(EntityType.PERSON, "Науменка", 0, 0.5),
        mention(EntityType.ROLE, "брат", 0, 0.9)));
    Mention role = mentions.get(3);
    TypeVote.apply(mentions, TEXT, TEXT, analyzer);
    Mention retyped = mentions.get(1);
    assertEquals(EntityType.PERSON, retyped.type);
    assertEquals(EntityType.PERSON, retyped.entity.type());
    assertEquals("Науменко", retyped.entity.text());
    assertEquals(TEXT.indexOf("Науменко", 10), retyped.entity.start());
    assertEquals(0.7, retyped.entity.confidence());
    assertEquals("Науменко", retyped.name.last());
    assertEquals(EntityType.PERSON, mentions.get(0).type);
    assertSame(role, mentions.get(3));
  }

  @Test
  void theSurnameOfAPersonNamedInFullIsThatPerson() {
    String text = "Андрій Науменко заявив. Андрій Науменко пішов. Науменко сказав.";
    List<Mention> mentions = new ArrayList<>(List.of(
        fullName(EntityType.PERSON, text, 0, 0.5),
        fullName(EntityType.LOCATION, text, 10, 0.9)));
    int start = text.lastIndexOf("Науменко");
    mentions.add(Mention.of(EntityType.LOCATION, text, start, start + 8, "Науменко", new String[] {"Науменко"},
        new int[] {0}, false, 0.9, 0, 1, analyzer));
    TypeVote.apply(mentions, text, text, analyzer);
    // the full name as a person stays one though the place outweighs it; the place stays a place; the
    // surname alone is the person named in full, however sure the model was of a place
    assertEquals(EntityType.PERSON, mentions.get(0).type);
    assertEquals(EntityType.LOCATION, mentions.get(1).type);
    assertEquals(EntityType.PERSON, mentions.get(2).type);
    assertEquals("Науменко", mentions.get(2).name.last());
  }

  private Mention fullName(EntityType type, String text, int from, double confidence) {
    int start = text.indexOf("Андрій Науменко", from);
    return Mention.of(type, text, start, start + 15, "Андрій Науменко", new String[] {"Андрій", "Науменко"},
        new int[] {0, 7}, false, confidence, 0, 2, analyzer);
  }

  @Test
  void aPersonMadeAPlaceLosesItsNameAndATieChangesNothing() {
    List<Mention> mentions = new ArrayList<>(List.of(
        mention(EntityType.PERSON, "Діброви", 0, 0.4),
        mention(EntityType.LOCATION, "Діброва", 0, 0.8)));
    TypeVote.apply(mentions, TEXT, TEXT, analyzer);
    assertEquals(EntityType.LOCATION, mentions.get(0).type);
    assertNull(mentions.get(0).name);
    assertEquals("Діброва", mentions.get(0).entity.normalized());

    List<Mention> tie = new ArrayList<>(List.of(
        mention(EntityType.PERSON, "Діброви", 0, 0.5),
        mention(EntityType.LOCATION, "Діброва", 0, 0.5)));
    TypeVote.apply(tie, TEXT, TEXT, analyzer);
    assertEquals(EntityType.PERSON, tie.get(0).type);
    assertEquals(EntityType.LOCATION, tie.get(1).type);
  }
}
