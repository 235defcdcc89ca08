# Benchmark: text processing — split/strip/lower/replace/startswith over generated lines,
# word frequencies counted in a dict, then sorted by count and word.
WORDS = ["alpha", "Beta", "gamma,", "delta.", "Epsilon", "zeta;", "eta", "theta!", "iota",
         "kappa", "Lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def make_lines(n):
    lines = []
    for i in range(n):
        k = i % 17
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(k + 4)]
        prefix = "# " if i % 9 == 0 else "  "
        lines.append(prefix + " ".join(words) + "  ")
    return lines


def main():
    lines = make_lines(45000)
    counts = {}
    comments = 0
    chars = 0
    for line in lines:
        line = line.strip()
        if line.startswith("#"):
            comments += 1
            line = line[1:]
        clean = line.lower().replace(",", "").replace(".", "").replace(";", "").replace("!", "")
        chars += len(clean)
        for w in clean.split():
            if w.endswith("a") or w.startswith("e"):
                counts[w] = counts.get(w, 0) + 1
            else:
                counts[w] = counts.get(w, 0) + 2
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(comments, chars, len(counts), top[:4])


main()
