package org.baclo.web.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Hostile requests generated from the OpenAPI document: for an operation, a body built
 * from its schema with wrong types, nulls, extremes, huge and tiny numbers, long strings,
 * unicode and nesting; broken JSON; wrong Accept and Content-Type headers; odd path ids
 * and query values. Deterministic for a seed.
 */
final class FuzzRequests {

    /** One operation of the document. */
    record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema) {
    }

    /** One request to send. */
    record Request(String method, String target, Map<String, String> headers, byte[] body, String kind) {
        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    private static final String[] HUGE_NUMBERS = { "1e100000000", "-1e100000000", "1e-100000000", "1e999999999",
            "1e308", "-1e308", "1.7976931348623157e309", "9223372036854775808", "-9223372036854775809", "2147483648",
            "-2147483649", "100000", "99999.9999", "1e-7", "0.0001", "-0", "0", "-1", "1" + "0".repeat(60),
            "0." + "0".repeat(60) + "1", "1" + "0".repeat(500), "80.123456789",
            "3.14159265358979323846264338327950288" };

    private static final String[] ODD_STRINGS = { "", " ", "\\u0000", "\\ud83d\\ude00".repeat(50), "\\u202eevil",
            "e\\u0301\\u0301\\u0301", "null", "true", "0", "-1", "+999999999-12-31", "-999999999-01-01", "2026-02-30",
            "0000-00-00", "25:61", "99:99", "' or 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%s%n",
            "\\\\", "\\\"", "\\t\\n\\r", "ＡＢＣ１２３", "Europe/Paris", "Mars/Olympus", "mg/dL", "umol/L", "male", "female",
            "titrate", "taper", "maintain", "tablet", "BID", "TID", "QID", "08:00,14:00,20:00", "PATIENT", "CLINICIAN",
            "ADMIN", "ms-spasticity", "2026-03-01", "1980-01-01", "2026-03-01T08:00:00Z" };

    private static final String[] ODD_IDS = { "+1", "0x1", "%EF%BC%91", "-1", "0", "01", "1.0", "1e3",
            "99999999999999999999", "9223372036854775807", "%00", "%", "%zz", "[", "]", "..", "%2e%2e", "a", "%20",
            "1;x=1", "1%2F2", "x".repeat(3000), "%F0%9F%98%80", "null", "{id}" };

    private static final String[] ACCEPTS = { "text/html", "image/png", "application/xml", "text/plain", "*/*;q=0",
            "application/json;q=0", "garbage", "application/problem+json", "", "text/*",
            "application/json, text/html;q=0.1", "application/*" };

    private static final String[] CONTENT_TYPES = { "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=bogus",
            "application/json;charset=UTF-16", "garbage", "application/merge-patch+json", "" };

    private final Random random;

    private final JsonNode components;

    private final Map<String, List<String>> realIds;

    FuzzRequests(long seed, JsonNode components, Map<String, List<String>> realIds) {
        this.random = new Random(seed);
        this.components = components;
        this.realIds = realIds;
    }

    static List<Operation> operations(JsonNode doc) {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").properties().iterator(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().properties().iterator(); ops.hasNext();) {
                Map.Entry<String, JsonNode> o = ops.next();
                List<JsonNode> params = new ArrayList<>();
                if (o.getValue().has("parameters")) {
                    o.getValue().get("parameters").forEach(params::add);
                }
                JsonNode body = o.getValue()
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
                out.add(new Operation(o.getKey().toUpperCase(), p.getKey(), params,
                        body.isMissingNode() ? null : body));
            }
        }
        return out;
    }

    Request next(Operation op) {
        int kind = random.nextInt(10);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        String method = op.method();
        String target = target(op, kind == 0);
        byte[] body = null;
        String label;
        if (op.bodySchema() != null || random.nextInt(8) == 0) {
            headers.put("Content-Type", "application/json");
            body = bytes(value(op.bodySchema(), 0, kind >= 4));
        }
        switch (kind) {
            case 0 -> label = "odd path";
            case 1 -> {
                headers.put("Accept", pick(ACCEPTS));
                label = "accept";
            }
            case 2 -> {
                headers.put("Content-Type", pick(CONTENT_TYPES));
                body = body == null ? bytes(value(op.bodySchema(), 0, false)) : body;
                label = "content-type";
            }
            case 3 -> {
                body = broken(body == null ? "{}" : new String(body, StandardCharsets.UTF_8));
                headers.put("Content-Type", "application/json");
                label = "broken json";
            }
            case 4, 5, 6, 7 -> label = "hostile values";
            case 8 -> {
                body = bytes(nested(1 + random.nextInt(3000)));
                headers.put("Content-Type", "application/json");
                label = "nesting";
            }
            default -> {
                method = pick(new String[] { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS" });
                label = "other method";
            }
        }
        return new Request(method, target, headers, body, label);
    }

    private String target(Operation op, boolean odd) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            String v = odd || random.nextInt(3) == 0 ? pick(ODD_IDS) : plausible(op.path(), name, p.path("schema"));
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", v);
            }
            else if (in.equals("query") && random.nextBoolean()) {
                String q = random.nextBoolean() ? java.net.URLEncoder.encode(v, StandardCharsets.UTF_8) : v;
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(q);
            }
        }
        if (random.nextInt(40) == 0) {
            path = path + "/";
        }
        return path + query;
    }

    private String plausible(String path, String name, JsonNode schema) {
        String key = path.contains("/plans") && name.equals("planId") ? "plan"
                : path.contains("/patients") ? "patient" : path.contains("/teams") ? "team" : path.contains("/users")
                        ? "user" : path.contains("/tokens") ? "token" : path.contains("/topics") ? "topic" : name;
        List<String> ids = realIds.get(key);
        if (ids != null && random.nextInt(4) != 0) {
            return pick(ids.toArray(String[]::new));
        }
        return scalar(schema, false).replace("\"", "");
    }

    /**
     * A JSON value for the schema; {@code hostile} mixes in wrong types, nulls and
     * extremes.
     */
    private String value(JsonNode schema, int depth, boolean hostile) {
        if (schema == null || schema.isMissingNode()) {
            return random.nextBoolean() ? "{}" : scalar(null, true);
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return value(components.path("schemas").path(name), depth + 1, hostile);
        }
        if (hostile && random.nextInt(6) == 0) {
            return wrongType(schema);
        }
        String type = schema.path("type").asString("object");
        if (type.equals("object") || schema.has("properties")) {
            if (depth > 4) {
                return "{}";
            }
            StringBuilder s = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it
                .hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (random.nextInt(5) == 0) {
                    continue;
                }
                if (s.length() > 1) {
                    s.append(',');
                }
                s.append('"').append(e.getKey()).append("\":").append(value(e.getValue(), depth + 1, hostile));
            }
            if (hostile && random.nextInt(8) == 0) {
                s.append(s.length() > 1 ? "," : "")
                    .append("\"unexpected")
                    .append(random.nextInt(9))
                    .append("\":")
                    .append(scalar(null, true));
            }
            return s.append('}').toString();
        }
        if (type.equals("array")) {
            int n = hostile && random.nextInt(8) == 0 ? 60 + random.nextInt(600) : random.nextInt(4);
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                s.append(i > 0 ? "," : "")
                    .append(hostile && random.nextInt(10) == 0 ? "null"
                            : value(schema.path("items"), depth + 1, hostile));
            }
            return s.append(']').toString();
        }
        return scalar(schema, hostile);
    }

    private String scalar(JsonNode schema, boolean hostile) {
        String type = schema == null ? "" : schema.path("type").asString("");
        String format = schema == null ? "" : schema.path("format").asString("");
        if (hostile && random.nextInt(3) == 0) {
            return switch (random.nextInt(4)) {
                case 0 -> pick(HUGE_NUMBERS);
                case 1 -> "\"" + pick(ODD_STRINGS) + "\"";
                case 2 -> "\"" + "x".repeat(random.nextBoolean() ? 201 + random.nextInt(2000) : 100_000) + "\"";
                default -> "null";
            };
        }
        return switch (type) {
            case "integer" -> String.valueOf(random.nextInt(5) == 0 ? random.nextLong() : random.nextInt(200));
            case "number" -> random.nextInt(4) == 0 ? pick(HUGE_NUMBERS) : String.valueOf(random.nextInt(400));
            case "boolean" -> String.valueOf(random.nextBoolean());
            case "string" -> switch (format) {
                case "date" -> "\"" + pick(
                        new String[] { "1980-01-01", "2026-03-01", "+999999999-12-31", "1899-12-31", "2999-01-01" })
                        + "\"";
                case "date-time" -> "\"" + pick(new String[] { "2026-03-01T08:00:00Z", "+999999999-12-31T23:59:59Z",
                        "-999999999-01-01T00:00:00Z" }) + "\"";
                default -> "\"" + pick(ODD_STRINGS) + "\"";
            };
            default -> random.nextBoolean() ? pick(HUGE_NUMBERS) : "\"" + pick(ODD_STRINGS) + "\"";
        };
    }

    private String wrongType(JsonNode schema) {
        String type = schema.path("type").asString("object");
        String[] wrong = switch (type) {
            case "string" -> new String[] { "1", "true", "[]", "{}", "null", "1e100000000" };
            case "number", "integer" ->
                new String[] { "\"80\"", "\"heavy\"", "true", "[]", "{}", "null", "\"NaN\"", "\"Infinity\"" };
            case "boolean" -> new String[] { "\"maybe\"", "1", "[]", "null" };
            case "array" -> new String[] { "{}", "\"a\"", "1", "null", "[[[[]]]]" };
            default -> new String[] { "[]", "\"a\"", "1", "null", "true" };
        };
        return pick(wrong);
    }

    private String nested(int depth) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    private byte[] broken(String json) {
        return switch (random.nextInt(7)) {
            case 0 -> json.substring(0, Math.max(0, json.length() / 2)).getBytes(StandardCharsets.UTF_8);
            case 1 -> (json + "garbage").getBytes(StandardCharsets.UTF_8);
            case 2 -> "not json at all".getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] { (byte) 0xff, (byte) 0xfe, 0x00, 0x7b };
            case 4 -> "".getBytes(StandardCharsets.UTF_8);
            case 5 -> json.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            default ->
                ("{\"a\":1,\"a\":2," + json.substring(Math.min(1, json.length()))).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

}
