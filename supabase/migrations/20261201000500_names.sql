-- People are shown by name, never by email (issue 11). One person has one
-- name: their profile's. Every workshop member row carries it (the people
-- list, presence, cursor labels and "note by" read the member rows), and the
-- name typed last wins.

-- The creator becomes the first facilitator, named by their profile; never by
-- their email. The app asks a facilitator for a name before they create a
-- workshop; 'Facilitator' is only for one made without a profile.
create or replace function private.add_creator_as_facilitator() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
  select new.id, new.created_by, 'facilitator', coalesce(p.stakeholder, 'city'), coalesce(p.display_name, 'Facilitator')
  from auth.users u left join public.profiles p on p.id = u.id
  where u.id = new.created_by;
  return new;
end;
$$;
revoke execute on function private.add_creator_as_facilitator() from public, anon, authenticated;

-- A profile's name and stakeholder type reach every workshop the person is in.
-- Security definer: only facilitators may update member rows through RLS, and
-- this changes nothing but the person's own rows' name and stakeholder.
create function private.name_members_by_profile() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  update public.workshop_members m
  set display_name = new.display_name, stakeholder = new.stakeholder
  where m.user_id = new.id
    and (m.display_name is distinct from new.display_name or m.stakeholder is distinct from new.stakeholder);
  return null;
end;
$$;
revoke execute on function private.name_members_by_profile() from public, anon, authenticated;

create trigger profiles_name_members
  after insert or update of display_name, stakeholder on public.profiles
  for each row execute function private.name_members_by_profile();

-- join_workshop as before (a full workshop says so, someone already in it may
-- come back), and: the name and stakeholder type typed now become the
-- person's profile, so a second try with another name leaves one name
-- everywhere. A wrong code changes nothing.
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
  if not exists (select 1 from public.workshop_members m where m.workshop_id = found.id and m.user_id = me) then
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
  end if;

  -- The profile trigger renames this person's member rows, this one included.
  insert into public.profiles as p (id, display_name, stakeholder)
  values (me, name, stakeholder)
  on conflict (id) do update set display_name = excluded.display_name, stakeholder = excluded.stakeholder
  where p.display_name is distinct from excluded.display_name or p.stakeholder is distinct from excluded.stakeholder;
  return found.id;
end;
$$;
revoke execute on function public.join_workshop(text, text, text) from public, anon;
grant execute on function public.join_workshop(text, text, text) to authenticated;
comment on function public.join_workshop(text, text, text) is 'Adds the signed-in person to the open workshop with this code, as a participant (a member comes back as they are); the name and stakeholder type given become their profile, shown in every workshop they are in. Returns the workshop id, or null when no workshop has this code.';

-- Member rows named by an email before this migration: the person's profile
-- name, else 'Facilitator'. (Profiles are written by their owner; a name
-- someone chose themselves is left as it is.)
update public.workshop_members m
set display_name = coalesce((select p.display_name from public.profiles p where p.id = m.user_id), 'Facilitator')
from auth.users u
where u.id = m.user_id and u.email is not null and lower(m.display_name) = lower(u.email);
