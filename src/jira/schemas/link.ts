import { z } from 'zod';

export const IssueLinkTypeSchema = z
  .object({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() })
  .loose();
/** Cloud wraps the list (`{issueLinkTypes: [...]}`); an old Server shape is the bare array. */
export const IssueLinkTypesSchema = z.union([
  z.object({ issueLinkTypes: z.array(IssueLinkTypeSchema) }).loose(),
  z.array(IssueLinkTypeSchema),
]);

/** A remote (web) link: id is a number, object.url and object.title are what the app reads. */
export const RemoteLinkSchema = z
  .object({
    id: z.number().int(),
    globalId: z.string().optional(),
    relationship: z.string().optional(),
    object: z.object({ url: z.string(), title: z.string(), summary: z.string().optional() }).loose(),
  })
  .loose();
export const RemoteLinksSchema = z.array(RemoteLinkSchema);

/** The answer to creating or updating a remote link. */
export const RemoteLinkCreatedSchema = z.object({ id: z.number().int(), self: z.string().optional() }).loose();
