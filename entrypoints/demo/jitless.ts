/** Imported first: zod's schema compiler probes `new Function`, which both the extension's and the demo server's CSP refuse. */
import { z } from 'zod';

z.config({ jitless: true });
