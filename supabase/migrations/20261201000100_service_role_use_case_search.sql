-- The service role writes use cases too (admin scripts, server-side imports),
-- and every write computes the generated search column, which calls
-- private.join_words. The column's expression refers to the function itself,
-- so executing it is all that is needed: no usage on the private schema, and
-- nothing else in it.
grant execute on function private.join_words(text[]) to service_role;
