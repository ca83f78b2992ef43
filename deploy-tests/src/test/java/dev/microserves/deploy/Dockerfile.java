package dev.microserves.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read the way the builder reads it, for what these checks need: the base image, the
 * instructions in order, ARG defaults substituted into COPY sources, each COPY's owner.
 */
final class Dockerfile {

    /** One COPY: sources relative to the build context (the repository root), and the destination. */
    record Copy(List<String> sources, String destination, Optional<String> chown, int index) {

        boolean intoDirectory() {
            return destination.endsWith("/");
        }
    }

    /** One instruction: keyword (upper case) and its arguments, line continuations joined. */
    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    final Path file;
    final List<Instruction> instructions;
    final List<Copy> copies = new ArrayList<>();

    private Dockerfile(Path file, List<Instruction> instructions) {
        this.file = file;
        this.instructions = instructions;
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            if (instruction.keyword().equals("ARG")) {
                String[] arg = instruction.arguments().split("=", 2);
                args.put(arg[0].trim(), arg.length > 1 ? arg[1].trim() : "");
            } else if (instruction.keyword().equals("COPY")) {
                copies.add(copy(instruction.arguments(), args, i));
            }
        }
    }

    static Dockerfile of(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Repository.read(file).split("\n")) {
            String trimmed = line.strip();
            if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String[] parts = pending.toString().strip().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : ""));
            pending.setLength(0);
        }
        return new Dockerfile(file, instructions);
    }

    String baseImage() {
        return instructions.stream().filter(i -> i.keyword().equals("FROM")).findFirst().orElseThrow().arguments();
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    int indexOf(Instruction instruction) {
        return instructions.indexOf(instruction);
    }

    private static Copy copy(String arguments, Map<String, String> args, int index) {
        List<String> words = new ArrayList<>(List.of(arguments.split("\\s+")));
        Optional<String> chown = Optional.empty();
        while (!words.isEmpty() && words.get(0).startsWith("--")) {
            String flag = words.remove(0);
            if (flag.startsWith("--chown=")) {
                chown = Optional.of(flag.substring("--chown=".length()));
            }
        }
        String destination = words.remove(words.size() - 1);
        List<String> sources = words.stream().map(s -> substitute(s, args)).toList();
        return new Copy(sources, destination, chown, index);
    }

    private static String substitute(String word, Map<String, String> args) {
        Matcher variable = VARIABLE.matcher(word);
        StringBuilder result = new StringBuilder();
        while (variable.find()) {
            String value = args.get(variable.group(1));
            if (value == null) {
                throw new IllegalStateException("COPY uses " + variable.group() + ", which no ARG before it declares");
            }
            variable.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        variable.appendTail(result);
        return result.toString();
    }
}
