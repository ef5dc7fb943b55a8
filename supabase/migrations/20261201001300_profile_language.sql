-- The language a person chose in the header's switcher, kept with their profile so
-- it follows them to another device (a cookie keeps it on this one). Null: none
-- chosen yet, so the browser's Accept-Language decides. Owners update it under the
-- existing "People update their own profile" policy.
alter table public.profiles
  add column language text check (language in ('en', 'de', 'fr', 'it', 'es', 'fi'));
comment on column public.profiles.language is 'The UI language this person chose; null until they choose.';
