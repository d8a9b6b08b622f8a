import { z } from 'zod';
import { Id } from '@signport/core';

/** Who may call the client routes: an agent with an embed token, or the host with its secret key. */
export const clientRouteSecurity = [{ embedToken: [] }, { secretKey: [] }] as Record<
  string,
  string[]
>[];
export const ClientIdParams = z.object({ id: Id.meta({ description: 'The client’s id' }) });
