// Runs the graphql-http server audit against URL (argv[2]) and prints one JSON line per audit:
// {"id","name","status":"ok"|"warn"|"error","reason"}.
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
for (const result of results) {
  console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null }));
}
