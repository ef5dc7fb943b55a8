-- What the realtime server needs to admit a connection, in one round trip:
-- the room's workshop, whether the canvas is locked, and the caller's role.
-- Security invoker: it reads as the caller, so the tables' RLS decides, and a
-- canvas of someone else's workshop looks exactly like one that does not exist.
create function public.collab_access(room_kind text, room_id uuid)
returns table (workshop_id uuid, locked boolean, role text)
language sql stable security invoker
set search_path = ''
as $$
  select m.workshop_id, coalesce(c.locked, false), m.role
  from public.workshop_members m
  left join public.canvases c on room_kind = 'canvas' and c.id = room_id
  where m.user_id = (select auth.uid())
    and m.workshop_id = case room_kind when 'canvas' then c.workshop_id when 'session' then room_id end
$$;
revoke execute on function public.collab_access(text, uuid) from public, anon;
grant execute on function public.collab_access(text, uuid) to authenticated;
comment on function public.collab_access(text, uuid) is 'For the realtime server: the workshop, lock and role of the caller for a canvas or session room; no row when the caller may not open it.';
