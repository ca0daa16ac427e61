import { z } from 'zod';

/** GET /rest/api/3/field. */
export const FieldsSchema = z.array(
  z
    .object({
      id: z.string(),
      name: z.string(),
      custom: z.boolean().optional(),
      schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).loose().optional(),
    })
    .loose(),
);
