-- A facilitator closes a workshop (workshops.status = 'closed') and may reopen
-- it. Closed: join_workshop already refuses newcomers; here every canvas of
-- the workshop counts as locked for the realtime server, and open pages hear
-- of it at once. Results, rounds and notes stay as they are.

-- The lock the realtime server enforces: the canvas's own, or its workshop being closed.
create or replace function public.collab_access(room_kind text, room_id uuid)
returns table (workshop_id uuid, locked boolean, role text)
language sql stable security invoker
set search_path = ''
as $$
  select m.workshop_id, coalesce(c.locked, false) or (room_kind = 'canvas' and w.status = 'closed'), m.role
  from public.workshop_members m
  join public.workshops w on w.id = m.workshop_id
  left join public.canvases c on room_kind = 'canvas' and c.id = room_id
  where m.user_id = (select auth.uid())
    and m.workshop_id = case room_kind when 'canvas' then c.workshop_id when 'session' then room_id when 'console' then room_id end
    and (room_kind <> 'console' or m.role = 'facilitator')
$$;
comment on function public.collab_access(text, uuid) is 'For the realtime server: the workshop, lock (the canvas''s own, or its workshop closed) and role of the caller for a canvas, session or console room; no row when the caller may not open it.';

-- A canvas's lock change carries the lock in force: unlocking a canvas of a
-- closed workshop leaves it read-only.
create or replace function private.notify_collab_access() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  closed boolean;
begin
  if tg_table_name = 'canvases' then
    select w.status = 'closed' into closed from public.workshops w where w.id = coalesce(new.workshop_id, old.workshop_id);
    perform pg_notify('collab_access', json_build_object(
      'kind', 'canvas', 'canvas_id', coalesce(new.id, old.id), 'workshop_id', coalesce(new.workshop_id, old.workshop_id),
      'locked', case when tg_op = 'DELETE' then null else new.locked or coalesce(closed, false) end)::text);
  else
    perform pg_notify('collab_access', json_build_object(
      'kind', 'member', 'workshop_id', coalesce(new.workshop_id, old.workshop_id), 'user_id', coalesce(new.user_id, old.user_id),
      'role', case when tg_op = 'DELETE' then null else new.role end)::text);
  end if;
  return null;
end;
$$;
revoke execute on function private.notify_collab_access() from public, anon, authenticated;

-- Closing or reopening: every canvas of the workshop changes its lock in force.
create function private.notify_workshop_status() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  c record;
begin
  for c in select id, locked from public.canvases where workshop_id = new.id loop
    perform pg_notify('collab_access', json_build_object(
      'kind', 'canvas', 'canvas_id', c.id, 'workshop_id', new.id,
      'locked', c.locked or new.status = 'closed')::text);
  end loop;
  return null;
end;
$$;
revoke execute on function private.notify_workshop_status() from public, anon, authenticated;

create trigger workshops_notify_status
  after update of status on public.workshops
  for each row when (old.status is distinct from new.status)
  execute function private.notify_workshop_status();
