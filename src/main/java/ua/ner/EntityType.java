package ua.ner;

/** The kinds of entities the extractor finds. */
public enum EntityType {
  /** A person: {@code Рустем Умєров}, {@code Зеленський}. */
  PERSON,
  /** An organisation: {@code Рада національної безпеки і оборони України}, {@code ЗСУ}. */
  ORGANIZATION,
  /** A place: {@code Київ}, {@code Сполучені Штати Америки}, {@code Луганської області}. */
  LOCATION,
  /** A post, job title or rank, without its organisation: {@code секретар}, {@code начальник}, {@code генерал}. */
  ROLE
}
