#!/usr/bin/python3
"""completion/parley.bash, sourced in bash: COMPREPLY for typed command
lines (options, option values, comma lists, --opt=value, files, the merge
subcommand), and its drift checks: the options it offers are exactly those
of `parley --help`, the fixed values it offers for an option are exactly
those the man page gives under that option, and parley accepts each of them
(save those test_manpage.py lists as not yet in the program).

Run by ctest with PARLEY_BIN set; by hand:
PARLEY_BIN=build/parley /usr/bin/python3 tests/e2e/test_completion.py
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_manpage as man  # noqa: E402  (the man page parser and its lists)

SOURCE_DIR = man.SOURCE_DIR
BIN = man.BIN
SCRIPT = os.path.join(SOURCE_DIR, "completion", "parley.bash")

# Prints the completion function `complete -p parley` names, then one
# COMPREPLY entry per line for the words given as arguments (the last one
# is the word being completed).
DRIVER = r'''
source "$1" || exit 1
shift
spec=$(complete -p parley) || exit 1
[[ $spec =~ -F\ ([^ ]+) ]] || exit 1
fn=${BASH_REMATCH[1]}
echo "$fn"
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
"$fn" parley "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
'''

check = man.check
failures = man.failures  # one list: man.check records there


def complete(words, cwd, env):
    """Sorted COMPREPLY for the command line `words` (words[0] is parley)."""
    p = subprocess.run(["bash", "--norc", "--noprofile", "-c", DRIVER, "driver", SCRIPT] + words,
                       cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60)
    lines = p.stdout.decode().split("\n")
    if not check(p.returncode == 0 and lines[0] == "_parley" and p.stderr == b"",
                 "completing %r: exit %d, stderr %r, function %r" % (
                     words, p.returncode, p.stderr.decode()[:500], lines[0])):
        return None
    return sorted(l for l in lines[1:] if l)


def expect(words, wanted, cwd, env):
    got = complete(words, cwd, env)
    if got is not None and check(got == sorted(wanted), "complete %r: wanted %r, got %r" % (
            words, sorted(wanted), got)):
        print("ok %r -> %r" % (" ".join(words), got))


def man_values(secs, option):
    """The bold words of the first sentence of the man page's paragraph on
    `option`: the values it may take ("Keep meetings of these statuses,
    separated by commas: held, planned, cancelled.")."""
    lines = secs.get("OPTIONS", [])
    values, inside = set(), False
    for i, line in enumerate(lines):
        if line.strip() == ".TP":
            tag = man.plain(lines[i + 1]) if i + 1 < len(lines) else ""
            inside = option in man.options_in(tag)
            continue
        if line.startswith(".SS") or not inside or lines[i - 1].strip() == ".TP":
            continue
        m = re.match(r"^\.BR? (\S+)", line)
        if m:
            values.add(man.plain(m.group(1)))
        if man.plain(line).rstrip().endswith("."):
            inside = False
    return values


def main():
    tmp = tempfile.mkdtemp(prefix="parley-completion-")
    try:
        for name in ("article.txt", "notes.txt", "graph.json", "old.json", "-dash.txt"):
            open(os.path.join(tmp, name), "w").close()
        os.mkdir(os.path.join(tmp, "sub"))
        # "parley" is the program under test, found on PATH as users have it.
        env = dict(os.environ, PATH=os.path.dirname(BIN) + os.pathsep + os.environ["PATH"])
        env.pop("COMP_WORDBREAKS", None)

        expect(["parley", "--for"], ["--format"], tmp, env)
        expect(["parley", "--lay"], ["--layout", "--layout-timeout"], tmp, env)
        expect(["parley", "--str"], ["--strict"], tmp, env)
        expect(["parley", "-f", "g"], ["gexf", "graphml"], tmp, env)
        expect(["parley", "--format", "j"], ["json"], tmp, env)
        expect(["parley", "--format", "=", "s"], ["svg"], tmp, env)     # bash splits at '='
        expect(["parley", "--format=j"], ["--format=json"], tmp, env)  # '=' not a word break
        expect(["parley", "-f", "dot,j"], ["dot,json"], tmp, env)
        expect(["parley", "--layout", "t"], ["twopi"], tmp, env)
        expect(["parley", "--view", "c"], ["countries"], tmp, env)
        expect(["parley", "--json-style", "n"], ["node-link"], tmp, env)
        expect(["parley", "--status", "held,p"], ["held,planned"], tmp, env)
        expect(["parley", "--theme", ""], ["dark", "light"], tmp, env)
        expect(["parley", "-o", ""], ["-", "sub"], tmp, env)
        expect(["parley", "--gazetteer", "n"], ["notes.txt"], tmp, env)
        expect(["parley", "-q", "a"], ["article.txt"], tmp, env)
        expect(["parley", ""], ["-dash.txt", "article.txt", "graph.json", "merge", "notes.txt",
                                "old.json", "sub"], tmp, env)
        expect(["parley", "merge", ""], ["graph.json", "old.json", "sub"], tmp, env)
        expect(["parley", "merge", "--input-format", ""], ["json", "jsonl"], tmp, env)
        expect(["parley", "merge", "-o", "g"], ["graph.json"], tmp, env)  # a file, not a dir
        expect(["parley", "--", "-"], ["-dash.txt"], tmp, env)
        expect(["parley", "--name", "x"], [], tmp, env)  # a free value: nothing to offer

        # Drift: the options offered are exactly those of --help.
        help_text = subprocess.run([BIN, "--help"], stdout=subprocess.PIPE,
                                   timeout=60).stdout.decode()
        longs = sorted(long for _, long in man.help_options(help_text))
        offered = complete(["parley", "--"], tmp, env)
        check(offered == longs, "'parley --' offers the --help options %r, got %r" % (
            longs, offered))
        # ... and after "merge" those of `parley merge --help`.
        merge_help = subprocess.run([BIN, "merge", "--help"], stdout=subprocess.PIPE,
                                    timeout=60).stdout.decode()
        merge_longs = sorted(long for _, long in man.help_options(merge_help))
        offered = complete(["parley", "merge", "--"], tmp, env)
        check(merge_longs and offered == merge_longs,
              "'parley merge --' offers the merge --help options %r, got %r" % (
                  merge_longs, offered))

        # Drift: each option with fixed values offers what the man page lists
        # for it, and parley accepts each (once the option is in --help).
        with open(man.MANPAGE) as f:
            secs = man.sections(f.read())
        fixed = ["--format", "--layout", "--input-format", "--json-style", "--view", "--status",
                 "--theme", "--cluster-by", "--page", "--timeline-rows"]
        for option in fixed:
            offered = complete(["parley", option, ""], tmp, env)
            documented = man_values(secs, option)
            check(offered is not None and set(offered) == documented and
                  len(offered) == len(documented),
                  "%s: completion offers %r, the man page lists %r" % (
                      option, offered, sorted(documented)))
            if option in man.NOT_YET_IN_HELP or offered is None:
                continue
            for value in offered:
                if option == "--format" and value in man.FORMATS_NOT_YET:
                    continue
                p = subprocess.run([BIN, option + "=" + value, "--version"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
                check(p.returncode == 0, "parley accepts %s=%s (exit %d: %r)" % (
                    option, value, p.returncode, p.stderr.decode()[:300]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("the completion matches parley --help and the man page")
