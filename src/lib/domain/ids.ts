/**
 * Ids in URLs and room names are Postgres uuids (gen_random_uuid), written in
 * lower case as Postgres prints them. One rule, used by the `uuid` param
 * matcher, the realtime room names and the API endpoints.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}
