package com.bodymap.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with a file Jackson could not read, and where: a clinic
 * editing its own content should never meet a Java class name, a token type or a stack trace.
 */
final class JsonProblems {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private JsonProblems() {
    }

    static ContentProblem of(String file, JsonProcessingException e) {
        return new ContentProblem(file, where(e), what(e));
    }

    static ContentProblem of(String file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            return of(file, j);
        }
        if (e instanceof NoSuchFileException) {
            return new ContentProblem(file, null, "the file is missing");
        }
        if (e instanceof ContentFileRefused r) {
            return new ContentProblem(file, null, r.getMessage());
        }
        if (e instanceof CharConversionException) {
            return new ContentProblem(file, null, "the file is not UTF-8 text");
        }
        if (e instanceof AccessDeniedException) {
            return new ContentProblem(file, null, "cannot be read: permission denied");
        }
        return new ContentProblem(file, null, "cannot be read"
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** "line 3, column 7 ($[2].dose.seconds)", or whichever half is known. */
    static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String line = loc == null || loc.getLineNr() < 0 ? null
                : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String path = e instanceof JsonMappingException m ? jsonPath(m) : null;
        if (line != null && path != null && !path.equals("$")) {
            return line + " (" + path + ")";
        }
        return line != null ? line : path;
    }

    /** Turns Jackson's reference chain into a JSON path such as $[3].dose.seconds. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                b.append('.').append(ref.getFieldName());
            }
        }
        return b.toString();
    }

    static String what(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed here: give a value, or leave the entry out";
        }
        if (e instanceof StreamConstraintsException) {
            return tooBig(original);
        }
        if (e instanceof InputCoercionException) {
            return "the number is too large for this field";
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "malformed JSON: the file ends too early (a closing ], } or \" is missing)";
        }
        if (e instanceof JsonMappingException m) {
            if (m.getCause() instanceof StreamConstraintsException c) {
                return tooBig(c.getOriginalMessage());
            }
            if (m.getCause() instanceof JsonProcessingException inner && !(m.getCause() instanceof JsonMappingException)) {
                return what(inner);
            }
            return mapping(m, original);
        }
        return "malformed JSON: " + syntax(original);
    }

    /** A value of the wrong kind or shape for its field. */
    private static String mapping(JsonMappingException e, String original) {
        if (original.startsWith("No content to map")) {
            return "the file is empty";
        }
        if (original.startsWith("Trailing token")) {
            return "malformed JSON: there is more after the end of the data";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null && plain(iae.getMessage())) {
            return iae.getMessage();
        }
        if (e instanceof ValueInstantiationException || cause != null) {
            return "this entry cannot be read: " + (cause instanceof IllegalArgumentException || cause == null
                    ? "a value is not one the field allows" : "a required value is missing or malformed");
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + shorten(String.valueOf(f.getValue())) + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException mi) {
            String found = found(e);
            Class<?> target = mi.getTargetType();
            if (target != null && target.isPrimitive() && "the end of the object".equals(found)) {
                return "the field '" + lastField(e) + "' is missing: give " + expected(target);
            }
            if (target == null) {
                return "a value of the wrong kind" + (found == null ? "" : ": found " + found);
            }
            return "expected " + expected(target) + (found == null ? "" : ", found " + found);
        }
        return "this entry cannot be read";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value this field allows";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of the words this field allows";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "an object { ... }";
        }
        return "a value this field allows";
    }

    private static String found(JsonMappingException e) {
        if (!(e.getProcessor() instanceof JsonParser p)) {
            return null;
        }
        JsonToken t = p.currentToken();
        if (t == null) {
            return null;
        }
        return switch (t) {
            case START_ARRAY -> "a list";
            case END_ARRAY -> "the end of the list";
            case START_OBJECT, FIELD_NAME -> "an object";
            case END_OBJECT -> "the end of the object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String lastField(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return path.isEmpty() || path.get(path.size() - 1).getFieldName() == null ? "?"
                : path.get(path.size() - 1).getFieldName();
    }

    private static String tooBig(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Document nesting depth")) {
            return "lists and objects are nested too deeply (more than " + ContentJson.MAX_NESTING + " levels)";
        }
        if (m.startsWith("String value length")) {
            return "a text is too long (more than " + ContentJson.MAX_TEXT_CHARS + " characters)";
        }
        if (m.startsWith("Name length")) {
            return "a field name is too long (more than " + ContentJson.MAX_NAME_CHARS + " characters)";
        }
        if (m.startsWith("Number value length")) {
            return "a number is too long (more than " + ContentJson.MAX_NUMBER_CHARS + " characters)";
        }
        if (m.startsWith("Token count")) {
            return "the file has too many values (more than " + ContentJson.MAX_TOKENS + ")";
        }
        return "the file is too large (more than " + ContentJson.MAX_FILE_BYTES / (1024 * 1024) + " MB)";
    }

    /** Jackson's parse messages, said plainly. */
    private static String syntax(String m) {
        if (m.startsWith("Duplicate field")) {
            return "the field " + quoted(m) + " appears twice in the same object";
        }
        if (m.startsWith("Invalid UTF-8") || m.startsWith("Invalid UTF-32") || m.contains("Invalid UTF")) {
            return "the file is not UTF-8 text";
        }
        if (m.startsWith("Non-standard token")) {
            return quoted(m) + " is not a number JSON allows";
        }
        if (m.startsWith("Unrecognized token")) {
            return "unknown word " + quoted(m) + " (text needs double quotes)";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a control character (such as a line break or tab) inside text in quotes; write it as \\n or \\t";
        }
        if (m.startsWith("Illegal character")) {
            return "an invisible control character between values";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "an unknown escape after a backslash (use \\\", \\\\, \\n, \\t or \\uXXXX)";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a ] or } that does not match the list or object it closes";
        }
        if (m.contains("Leading zeroes") || m.contains("Leading zero")) {
            return "a number cannot start with 0";
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Unexpected character") && m.contains("numeric")) {
            return "a malformed number";
        }
        if (m.contains("surrogate")) {
            return "a broken \\u escape (half of a character pair)";
        }
        if (m.startsWith("Unexpected character")) {
            String what = unexpected(m);
            if (m.contains("to separate Array entries")) {
                return what + ": a comma or ] is missing before it";
            }
            if (m.contains("to separate Object entries")) {
                return what + ": a comma or } is missing before it";
            }
            if (m.contains("double-quote to start field name")) {
                return what + " where a field name in double quotes belongs";
            }
            if (m.contains("colon to separate field name and value")) {
                return what + ": a colon (:) belongs after the field name";
            }
            if (m.contains("expected a valid value") || m.contains("expected a value")) {
                return what + " where a value belongs (text in quotes, a number, a list, an object, true, false or null)";
            }
            return what;
        }
        return "this is not valid JSON";
    }

    /** "unexpected character 'x'" from "Unexpected character ('x' (code 120)): ...". */
    private static String unexpected(String m) {
        Matcher code = Pattern.compile("\\(code (\\d+)").matcher(m);
        if (code.find()) {
            int cp = Integer.parseInt(code.group(1));
            if (cp > 0x20 && cp < 0x7f) {
                return "unexpected character '" + (char) cp + "'";
            }
            return String.format("unexpected character U+%04X", cp);
        }
        return "unexpected character";
    }

    private static String quoted(String m) {
        Matcher q = QUOTED.matcher(m);
        return q.find() ? "'" + shorten(q.group(1)) + "'" : "a value";
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** A message from our own code (a rating or view word) is plain; one from Java itself may not be. */
    private static boolean plain(String message) {
        return !message.contains("`") && !message.contains("java.") && !message.contains("Exception");
    }
}
