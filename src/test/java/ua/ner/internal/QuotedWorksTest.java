package ua.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.ner.EntityType;
import ua.ner.internal.morph.MorphAnalyzer;
import ua.ner.internal.morph.UkrainianDictionary;

class QuotedWorksTest {

  private final MorphAnalyzer analyzer = UkrainianDictionary.shared().newAnalyzer();

  private Mention mention(String text, EntityType type, String name, int from) {
    int start = text.indexOf(name, from);
    String[] parts = name.split(" ");
    int[] offsets = new int[parts.length];
    for (int i = 1; i < parts.length; i++) {
      offsets[i] = offsets[i - 1] + parts[i - 1].length() + 1;
    }
    return Mention.of(type, text, start, start + name.length(), name, parts, offsets, false, 0.9, 0, parts.length,
        analyzer);
  }

  @Test
  void aQuotedWorkIsNoOrganisationAnywhereInTheDocument() {
    String text = "Гурт записав альбомом «Sofia». Про «Sofia» писали. Компанія «Рошен» і Sofia. П’єсу «Живий труп» ставили.";
    List<Mention> mentions = new ArrayList<>(List.of(
        mention(text, EntityType.ORGANIZATION, "Sofia", 0),
        mention(text, EntityType.ORGANIZATION, "«Sofia»", 30),
        mention(text, EntityType.ORGANIZATION, "Рошен", 0),
        mention(text, EntityType.PERSON, "Sofia", 60),
        mention(text, EntityType.ORGANIZATION, "«Живий труп»", 0)));
    QuotedWorks.apply(mentions, text, analyzer);
    // the title after альбом goes, and with it the same title elsewhere (its quotes inside the name or
    // not); an organisation after another noun, and a person, stay
    assertEquals(List.of("Рошен", "Sofia"), mentions.stream().map(m -> m.entity.text()).toList());
    assertEquals(EntityType.PERSON, mentions.get(1).type);
  }
}
