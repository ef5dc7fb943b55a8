-- What a facilitator fills in when creating a workshop, a cap on how many
-- people may join, and creating a workshop with its canvases in one step.

-- "Purpose" is the word the workshop form uses; one word for one thing.
alter table public.workshops rename column description to purpose;
alter table public.workshops
  add column host text not null default '' check (char_length(host) <= 120),
  add column held_on date,
  add column capacity integer not null default 200 check (capacity between 2 and 1000);
comment on column public.workshops.host is 'The city or organisation that runs the workshop, as the facilitator wrote it.';
comment on column public.workshops.capacity is 'How many people may join; join_workshop refuses more.';

-- Creates the workshop and its first canvases in one transaction, so a failure
-- never leaves a workshop without its canvases. Security invoker: the tables'
-- RLS decides (no anonymous creators; the creator becomes facilitator by trigger).
create function public.create_workshop(
  title text, host text, purpose text, held_on date, canvases jsonb
) returns uuid
language plpgsql security invoker
set search_path = ''
as $$
declare
  created uuid;
  canvas jsonb;
  n integer := 0;
begin
  if jsonb_typeof(canvases) is distinct from 'array' or jsonb_array_length(canvases) > 12 then
    raise exception 'canvases must be a list of at most 12' using errcode = '22023';
  end if;
  insert into public.workshops (title, host, purpose, held_on)
  values (btrim(title), btrim(coalesce(host, '')), btrim(coalesce(purpose, '')), held_on)
  returning id into created;
  for canvas in select * from jsonb_array_elements(canvases) loop
    insert into public.canvases (workshop_id, template, title, position)
    values (created, canvas ->> 'template', btrim(canvas ->> 'title'), n);
    n := n + 1;
  end loop;
  return created;
end;
$$;
revoke execute on function public.create_workshop(text, text, text, date, jsonb) from public, anon;
grant execute on function public.create_workshop(text, text, text, date, jsonb) to authenticated;
comment on function public.create_workshop(text, text, text, date, jsonb) is 'Creates a workshop with its canvases ([{template, title}]) in one transaction; returns its id.';

-- join_workshop as before, and: a full workshop says so (someone already in it may come back).
create or replace function public.join_workshop(code text, display_name text, stakeholder text) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  normalized text := upper(regexp_replace(coalesce(code, ''), '[^A-Za-z0-9]', '', 'g'));
  name text := btrim(regexp_replace(coalesce(display_name, ''), '\s+', ' ', 'g'));
  found public.workshops%rowtype;
begin
  if me is null then
    raise exception 'sign in first' using errcode = '28000';
  end if;
  if char_length(name) not between 1 and 60 then
    raise exception 'display name must have 1 to 60 characters' using errcode = '22023';
  end if;
  if stakeholder is null or stakeholder not in ('city', 'company', 'developer', 'citizen', 'academia', 'other') then
    raise exception 'unknown stakeholder type' using errcode = '22023';
  end if;
  if (select count(*) from private.join_attempts a
      where a.user_id = me and a.attempted_at > now() - interval '10 minutes') >= 10 then
    raise exception 'too many wrong codes; try again in a few minutes' using errcode = '54000';
  end if;

  select * into found from public.workshops w where w.join_code = normalized;
  if found.id is null then
    -- Returning (not raising) keeps the attempt on record: a raise would roll it back.
    insert into private.join_attempts (user_id) values (me);
    return null;
  end if;
  if exists (select 1 from public.workshop_members m where m.workshop_id = found.id and m.user_id = me) then
    return found.id;
  end if;
  if found.status <> 'open' then
    raise exception 'this workshop is closed' using errcode = '55000';
  end if;
  -- Serialises joins to this workshop, so two last seats are never both taken.
  perform 1 from public.workshops w where w.id = found.id for update;
  if (select count(*) from public.workshop_members m where m.workshop_id = found.id) >= found.capacity then
    raise exception 'this workshop is full' using errcode = '53300';
  end if;

  insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
  values (found.id, me, 'participant', stakeholder, name)
  on conflict (workshop_id, user_id) do nothing;
  return found.id;
end;
$$;

-- A workshop always keeps a facilitator: the last one can neither leave nor be
-- demoted (deleting the whole workshop still removes everyone).
create function private.keep_a_facilitator() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if old.role = 'facilitator' and (tg_op = 'DELETE' or new.role <> 'facilitator') then
    -- Two facilitators stepping down at once must not both see the other one still there.
    perform 1 from public.workshops w where w.id = old.workshop_id for update;
  end if;
  if old.role = 'facilitator'
     and (tg_op = 'DELETE' or new.role <> 'facilitator')
     and exists (select 1 from public.workshops w where w.id = old.workshop_id)
     and not exists (
       select 1 from public.workshop_members m
       where m.workshop_id = old.workshop_id and m.role = 'facilitator' and m.user_id <> old.user_id
     ) then
    raise exception 'a workshop needs at least one facilitator' using errcode = '23514';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
revoke execute on function private.keep_a_facilitator() from public, anon, authenticated;

create trigger workshop_members_keep_a_facilitator
  before update of role or delete on public.workshop_members
  for each row execute function private.keep_a_facilitator();
