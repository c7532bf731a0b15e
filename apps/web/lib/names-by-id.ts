/** Display names ("First Last") by id, one request per distinct id; an id that cannot be read is left out. */
export async function namesById(
  ids: Iterable<string>,
  fetchOne: (id: string) => Promise<{ firstName: string; lastName: string }>,
): Promise<Map<string, string>> {
  const named = await Promise.all(
    [...new Set(ids)].map((id) =>
      fetchOne(id).then(
        (person) => [id, `${person.firstName} ${person.lastName}`] as const,
        () => null,
      ),
    ),
  );
  return new Map(named.filter((entry) => entry !== null));
}
