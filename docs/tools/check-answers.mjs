#!/usr/bin/env node
// Validates the server's real answers against docs/api/openapi.yaml.
//
//   node tools/check-answers.mjs api/openapi.yaml RECORDED.jsonl... [--coverage]
//
// Each line of a recorded file is one exchange {method, path, status, content_type, body} as a
// test saw it (tests/support/SyncHttp::recordTo). For each, the operation is found by matching
// the path against the description's path templates; the status must be one the operation
// documents; a JSON body must validate (ajv, JSON Schema 2020-12, as OpenAPI 3.1 says) against
// the documented schema of that status. With --coverage, every operation of the description
// must have been exercised at least once with a documented 2xx answer (101 for the WebSocket).
// Exit 0 when everything fits; 1 with one line per problem otherwise.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const args = process.argv.slice(2);
const coverage = args.includes('--coverage');
const [specPath, ...recorded] = args.filter((a) => a !== '--coverage');
if (!specPath || recorded.length === 0) {
  console.error('usage: check-answers.mjs OPENAPI.yaml RECORDED.jsonl... [--coverage]');
  process.exit(2);
}

const spec = YAML.parse(readFileSync(specPath, 'utf8'));
spec.$id = 'openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
addFormats(ajv);
ajv.addSchema(spec);

const methods = ['get', 'put', 'post', 'delete', 'patch'];
const operations = [];
for (const [template, item] of Object.entries(spec.paths ?? {})) {
  const pattern = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+') + '$');
  const literal = template.replace(/\{[^/}]+\}/g, '').length; // more literal text wins a tie
  for (const method of methods) {
    if (item[method]) operations.push({ template, method, pattern, literal, op: item[method], seen: false });
  }
}

const pointer = (parts) => parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
// A response object may be a $ref to components/responses: follow it, keeping its JSON pointer.
function resolve(node, at) {
  let seen = 0;
  while (node && node.$ref && seen++ < 10) {
    if (!node.$ref.startsWith('#/')) throw new Error(`external $ref not supported: ${node.$ref}`);
    at = node.$ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = at.reduce((n, key) => (n ? n[key] : undefined), spec);
  }
  return { node, at };
}

const validators = new Map();
function validatorFor(at, type) {
  const key = `${pointer(at)} ${type}`;
  if (!validators.has(key)) {
    const ref = `openapi.json#/${pointer([...at, 'content', type, 'schema'])}`;
    validators.set(key, ajv.compile({ $ref: ref }));
  }
  return validators.get(key);
}

const problems = [];
let exchanges = 0;
for (const file of recorded) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const [i, line] of lines.entries()) {
    const x = JSON.parse(line);
    exchanges++;
    const where = `${file}:${i + 1} ${x.method} ${x.path} → ${x.status}`;
    const candidates = operations
      .filter((o) => o.method === x.method.toLowerCase() && o.pattern.test(x.path))
      .sort((a, b) => b.literal - a.literal);
    if (candidates.length === 0) {
      if (x.status !== 404 && x.status !== 405) problems.push(`${where}: no operation in the description`);
      continue;
    }
    const o = candidates[0];
    const responses = o.op.responses ?? {};
    let documented = String(x.status) in responses ? String(x.status) : null;
    if (!documented && `${String(x.status)[0]}XX` in responses) documented = `${String(x.status)[0]}XX`;
    if (!documented && 'default' in responses) documented = 'default';
    if (!documented) {
      problems.push(`${where}: status ${x.status} is not documented for ${o.method.toUpperCase()} ${o.template}`);
      continue;
    }
    // A success: 2xx, or the WebSocket upgrade (101) of the live events.
    if ((x.status >= 200 && x.status < 300) || x.status === 101) o.seen = true;
    const response = resolve(responses[documented], ['paths', o.template, o.method, 'responses', documented]);
    const content = response.node ? response.node.content : undefined;
    const type = (x.content_type || '').split(';')[0].trim();
    if (x.body === undefined) {
      // No JSON came: fine for a documented body of another type (a report as text/csv).
      const otherType = type && type !== 'application/json' && content && content[type];
      if (content && content['application/json'] && x.status !== 304 && !otherType)
        problems.push(`${where}: documented with a JSON body, none came`);
      continue;
    }
    if (!content || !content[type]) {
      problems.push(`${where}: no ${type || 'body'} documented for status ${documented}`);
      continue;
    }
    if (!content[type].schema) continue;
    const validate = validatorFor(response.at, type);
    if (!validate(x.body)) {
      for (const e of validate.errors ?? [])
        problems.push(`${where}: ${e.instancePath || '(body)'} ${e.message}${e.params && e.params.additionalProperty ? ' (' + e.params.additionalProperty + ')' : ''}`);
    }
  }
}

if (coverage) {
  for (const o of operations) {
    if (!o.seen) problems.push(`never exercised with a 2xx (or 101) answer: ${o.method.toUpperCase()} ${o.template}`);
  }
}

for (const p of problems) console.log(p);
console.log(`${exchanges} answers checked against ${operations.length} operations: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
