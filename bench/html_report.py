#!/usr/bin/python3
"""html_report.py: the HTML report of a 1,000-article corpus, measured. The
development articles (tests/devset*/texts, examples/) are repeated as
separate documents (each copy its own file name) up to N articles; parley
writes the report, and headless Chromium (tests/e2e/cdp.py) opens it from
disk: the page's size, the time until its script has built the first view
(timeline, table, filters applied), the first contentful paint, and the
time a search and a status filter take. Not a test: figures for
docs/html-report.md.

    python3 bench/html_report.py [N] [extra parley options...]
    python3 bench/html_report.py DIR [extra parley options...]

The second form reads the articles of DIR instead (e.g. 1,000 files of
the synthetic corpus bench/gen_corpus.c writes, all different).
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(SOURCE, "tests", "e2e"))
import cdp  # noqa: E402

PARLEY = os.environ.get("PARLEY_BIN", os.path.join(SOURCE, "build", "parley"))


def main():
    given = sys.argv[1] if len(sys.argv) > 1 else "1000"
    extra = sys.argv[2:]
    texts = sorted(glob.glob(os.path.join(SOURCE, "tests", "devset*", "texts", "*.txt")))
    texts += sorted(glob.glob(os.path.join(SOURCE, "examples", "*.txt")))
    work = tempfile.mkdtemp(prefix="parley-html-bench-")
    try:
        corpus = os.path.join(work, "corpus")
        os.makedirs(corpus)
        size = 0
        if os.path.isdir(given):
            corpus = os.path.abspath(given)
            files = glob.glob(os.path.join(corpus, "*.txt"))
            n = len(files)
            size = sum(os.path.getsize(f) for f in files)
        else:
            n = int(given)
        for i in range(0 if os.path.isdir(given) else n):
            src = texts[i % len(texts)]
            dst = os.path.join(corpus, "%04d-%s" % (i, os.path.basename(src)))
            shutil.copyfile(src, dst)
            size += os.path.getsize(dst)
        t0 = time.monotonic()
        subprocess.run([PARLEY, "-q", "-f", "html", "-o", work, "--name", "report"] + extra + [corpus],
                       check=True)
        write_s = time.monotonic() - t0
        page_path = os.path.join(work, "report.html")
        print("articles: %d (%.1f MB of text)" % (n, size / 1e6))
        print("parley -f html: %.2f s, page %.2f MB" % (write_s, os.path.getsize(page_path) / 1e6))
        with cdp.Browser() as b:
            for run in range(3):
                t0 = time.monotonic()
                page = b.open("file://" + page_path)
                page.wait_for("document.documentElement.dataset.ready === 'true'", 120)
                wall = time.monotonic() - t0
                ready = int(page.eval("document.documentElement.dataset.readyMs"))
                fcp = page.eval("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime")
                counts = page.eval("document.getElementById('summary').textContent")
                print("run %d: first view ready %d ms after navigation (first paint %s ms; %.2f s "
                      "wall, with the driver's polling); %s" % (run + 1, ready,
                      "%d" % fcp if fcp else "?", wall, counts))
            t0 = time.monotonic()
            page.type_text("#q", "lavrov")
            page.wait_for("location.hash.includes('q=lavrov')")
            print("search: %.0f ms (including the 120 ms typing pause)" % ((time.monotonic() - t0) * 1000))
            t0 = time.monotonic()
            page.click("#status input[value=held]")
            page.wait_for("location.hash.includes('status=')")
            print("status filter: %.0f ms" % ((time.monotonic() - t0) * 1000))
            page.settle()
            if page.console_errors:
                print("console errors:", page.console_errors)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
