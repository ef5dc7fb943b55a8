-- Organisations and membership (issue 12): a signed-in person with an email
-- creates an organisation and becomes its admin; admins invite people by email
-- (the link arrives as a sign-in link does), change roles and remove members;
-- any member leaves; an organisation always keeps an admin.
-- Refusals carry a stable key in HINT (private.refuse), which the app turns
-- into its own words.

-- The slug of a new organisation: its name in lower case, accents dropped,
-- anything but letters and digits turned into single hyphens, at most 60
-- characters. Pure, so the integration tests and the function below agree.
create function private.slug_from_name(name text) returns text
language sql immutable
set search_path = ''
as $$
  select coalesce(
    nullif(
      btrim(left(btrim(regexp_replace(
        regexp_replace(normalize(lower(coalesce(name, '')), NFD), '[\u0300-\u036f]', '', 'g'),
        '[^a-z0-9]+', '-', 'g'), '-'), 60), '-'),
      ''),
    'organisation')
$$;
revoke execute on function private.slug_from_name(text) from public, anon, authenticated;

-- Creates the organisation and makes the caller its admin in one transaction:
-- nobody ever sees an organisation without an admin. A taken slug gets -2, -3 ...
create function public.create_organization(name text, kind text, country text) returns text
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  clean_name text := btrim(regexp_replace(coalesce(name, ''), '\s+', ' ', 'g'));
  clean_country text := btrim(regexp_replace(coalesce(country, ''), '\s+', ' ', 'g'));
  base text;
  candidate text;
  new_id uuid;
  n int := 1;
begin
  if me is null then
    perform private.refuse('sign in first', 'sign-in', '28000');
  end if;
  if coalesce(((select auth.jwt()) ->> 'is_anonymous')::boolean, false)
     or coalesce((select auth.jwt()) ->> 'email', '') = '' then
    perform private.refuse('creating an organisation needs a sign-in with an email', 'needs-email', '42501');
  end if;
  if char_length(clean_name) not between 1 and 120 then
    perform private.refuse('a name has 1 to 120 characters', 'name', '22023');
  end if;
  if kind is null or kind not in ('city', 'company', 'research', 'public_body', 'network', 'other') then
    perform private.refuse('unknown kind of organisation', 'kind', '22023');
  end if;
  if char_length(clean_country) > 60 then
    perform private.refuse('a country has at most 60 characters', 'country', '22023');
  end if;
  base := private.slug_from_name(clean_name);
  loop
    candidate := case when n = 1 then base else left(base, 55) || '-' || n end;
    begin
      insert into public.organizations (slug, name, kind, country)
      values (candidate, clean_name, kind, clean_country)
      returning id into new_id;
      exit;
    exception when unique_violation then
      n := n + 1;
      if n > 1000 then
        perform private.refuse('no free address for this name', 'slug', '23505');
      end if;
    end;
  end loop;
  insert into public.organization_members (organization_id, user_id, role) values (new_id, me, 'admin');
  return candidate;
end;
$$;
revoke execute on function public.create_organization(text, text, text) from public, anon;
grant execute on function public.create_organization(text, text, text) to authenticated;

-- Members with their names (from their profiles; never their email), for the
-- members of the organisation only: profiles are private to each person.
create function public.organization_member_list(org uuid)
returns table (user_id uuid, role text, display_name text, joined_at timestamptz)
language sql stable security definer
set search_path = ''
as $$
  select m.user_id, m.role, coalesce(p.display_name, 'Member'), m.created_at
  from public.organization_members m
  left join public.profiles p on p.id = m.user_id
  where m.organization_id = org and private.is_organization_member(org)
  order by case m.role when 'admin' then 0 when 'publisher' then 1 else 2 end, m.created_at
$$;
revoke execute on function public.organization_member_list(uuid) from public, anon;
grant execute on function public.organization_member_list(uuid) to authenticated;

-- Admins change roles and remove members; anyone may remove themselves (leave).
-- Only the role may change: the row's organisation and person stay.
revoke update on public.organization_members from anon, authenticated;
grant update (role) on public.organization_members to authenticated;
revoke insert on public.organization_members from anon, authenticated;

create policy "Admins change the roles of their organisation's members"
  on public.organization_members for update to authenticated
  using (private.is_organization_admin(organization_id))
  with check (private.is_organization_admin(organization_id));

create policy "Admins remove members, and members leave"
  on public.organization_members for delete to authenticated
  using (user_id = (select auth.uid()) or private.is_organization_admin(organization_id));
-- No insert policy: people become members by creating an organisation or by
-- accepting an invitation, both functions below.

-- An organisation always keeps an admin: the last one can neither leave, be
-- removed nor be demoted. Deleting the organisation or the person's account
-- still removes the row (a cascade: the parent is gone by then).
create function private.keep_an_admin() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if old.role = 'admin' and (tg_op = 'DELETE' or new.role <> 'admin') then
    -- Two admins stepping down at once must not both see the other one still there.
    perform 1 from public.organizations o where o.id = old.organization_id for update;
    if exists (select 1 from public.organizations o where o.id = old.organization_id)
       and exists (select 1 from auth.users u where u.id = old.user_id)
       and not exists (
         select 1 from public.organization_members m
         where m.organization_id = old.organization_id and m.role = 'admin' and m.user_id <> old.user_id
       ) then
      perform private.refuse('an organisation needs at least one admin', 'last-admin', '23514');
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
revoke execute on function private.keep_an_admin() from public, anon, authenticated;

create trigger organization_members_keep_an_admin
  before update of role or delete on public.organization_members
  for each row execute function private.keep_an_admin();

-- Invitations: an admin invites an email address with a role. The token is a
-- secret in the invitee's link; only its SHA-256 (hex) is stored, so reading
-- this table never gives a way in.
create table public.organization_invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  email text not null check (char_length(email) between 3 and 254 and email ~ '^[^@\s]+@[^@\s]+$' and email = lower(email)),
  role text not null check (role in ('member', 'publisher', 'admin')),
  invited_by uuid not null default auth.uid() references auth.users (id) on delete cascade,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  -- At most 30 days ahead (checked by the insert policy); 7 by default.
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  accepted_by uuid references auth.users (id) on delete set null
);
comment on table public.organization_invitations is 'Invitations to join an organisation with a role, by email; the token in the link is stored hashed.';
create index organization_invitations_organization_id_idx on public.organization_invitations (organization_id);
create index organization_invitations_invited_by_idx on public.organization_invitations (invited_by);
create index organization_invitations_accepted_by_idx on public.organization_invitations (accepted_by);
alter table public.organization_invitations enable row level security;

-- Invitations are created and revoked (deleted), never edited through the API;
-- accepting goes through accept_invitation().
revoke update on public.organization_invitations from anon, authenticated;

create policy "Admins read their organisation's invitations"
  on public.organization_invitations for select to authenticated
  using (private.is_organization_admin(organization_id));

create policy "Admins invite people to their organisation"
  on public.organization_invitations for insert to authenticated
  with check (
    private.is_organization_admin(organization_id)
    and invited_by = (select auth.uid())
    and accepted_at is null
    and accepted_by is null
    and expires_at > now()
    and expires_at <= now() + interval '30 days'
  );

create policy "Admins revoke their organisation's invitations"
  on public.organization_invitations for delete to authenticated
  using (private.is_organization_admin(organization_id));

create function private.invitation_token_hash(token text) returns text
language sql immutable
set search_path = ''
as $$
  select encode(sha256(convert_to(coalesce(token, ''), 'UTF8')), 'hex')
$$;
revoke execute on function private.invitation_token_hash(text) from public, anon, authenticated;

-- What the invitee's page shows before they accept: the organisation, the
-- role, the address it was sent to and whether it can still be accepted.
-- Only for someone holding the token (the link), signed in.
create function public.read_invitation(token text)
returns table (organization_name text, organization_slug text, role text, email text, expires_at timestamptz, accepted boolean)
language sql stable security definer
set search_path = ''
as $$
  select o.name, o.slug, i.role, i.email, i.expires_at, i.accepted_at is not null
  from public.organization_invitations i
  join public.organizations o on o.id = i.organization_id
  where i.token_hash = private.invitation_token_hash(token) and (select auth.uid()) is not null
$$;
revoke execute on function public.read_invitation(text) from public, anon;
grant execute on function public.read_invitation(text) to authenticated;

-- Accepting: the token must be known, unused and unexpired, and the caller's
-- email (from their token) the address it was sent to. The caller becomes a
-- member with the invited role; someone already a member keeps their role
-- (an invitation never demotes). Returns the organisation's slug.
create function public.accept_invitation(token text) returns text
language plpgsql security definer
set search_path = ''
as $$
declare
  me uuid := auth.uid();
  my_email text := lower(coalesce((select auth.jwt()) ->> 'email', ''));
  invitation public.organization_invitations%rowtype;
  org_slug text;
begin
  if me is null then
    perform private.refuse('sign in first', 'sign-in', '28000');
  end if;
  select * into invitation from public.organization_invitations i
  where i.token_hash = private.invitation_token_hash(token)
  for update;
  if invitation.id is null then
    perform private.refuse('no invitation has this link', 'invitation-unknown', 'P0002');
  end if;
  if invitation.accepted_at is not null then
    perform private.refuse('this invitation has been accepted already', 'invitation-used', '55000');
  end if;
  if invitation.expires_at <= now() then
    perform private.refuse('this invitation has expired', 'invitation-expired', '55000');
  end if;
  if coalesce(((select auth.jwt()) ->> 'is_anonymous')::boolean, false) or my_email <> invitation.email then
    perform private.refuse('this invitation was sent to another email address', 'invitation-other-email', '42501');
  end if;
  insert into public.organization_members (organization_id, user_id, role)
  values (invitation.organization_id, me, invitation.role)
  on conflict (organization_id, user_id) do nothing;
  update public.organization_invitations set accepted_at = now(), accepted_by = me where id = invitation.id;
  select o.slug into org_slug from public.organizations o where o.id = invitation.organization_id;
  return org_slug;
end;
$$;
revoke execute on function public.accept_invitation(text) from public, anon;
grant execute on function public.accept_invitation(text) to authenticated;
