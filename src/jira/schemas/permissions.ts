import { z } from 'zod';

/** GET /rest/api/3/mypermissions. */
export const MyPermissionsSchema = z
  .object({
    permissions: z.record(z.string(), z.object({ havePermission: z.boolean().optional() }).loose()),
  })
  .loose();
