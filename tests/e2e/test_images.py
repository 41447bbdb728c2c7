"""test_images.py: PNG and PDF output (-f png, -f pdf), drawn by Graphviz's
cairo renderer (libgvplugin_pango, in Debian's libgvc6): the files are a
PNG and a PDF of the diagram, and standard output takes them too. Then the
same run with Graphviz's plugins limited to the core and layout ones (a
GVBINDIR holding only those), as on a machine without the cairo renderer:
PNG and PDF fail with a message naming the missing plugin, exit 1, nothing
half-written, while DOT, SVG and JSON are still written."""
import os
import re
import subprocess
import sys
import tempfile

SOURCE = os.environ.get("PARLEY_SOURCE_DIR", os.getcwd())
BUILD = os.environ.get("PARLEY_BUILD_DIR", os.path.join(SOURCE, "build"))
PARLEY = os.environ.get("PARLEY_BIN", os.path.join(BUILD, "parley"))
ARTICLE = os.path.join(SOURCE, "examples", "gulf_talks.txt")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", what, file=sys.stderr)


def parley(args, env=None):
    return subprocess.run([PARLEY] + args, capture_output=True, timeout=300, env=env)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_images(d):
    r = parley(["-o", d, "-f", "png,pdf,svg", ARTICLE])
    check(r.returncode == 0, "-f png,pdf,svg: exit %d: %s" % (r.returncode, r.stderr))
    png, pdf = os.path.join(d, "gulf_talks.png"), os.path.join(d, "gulf_talks.pdf")
    check(os.path.exists(png) and read(png)[:8] == PNG_MAGIC, "gulf_talks.png is not a PNG")
    check(os.path.exists(pdf) and read(pdf)[:5] == b"%PDF-", "gulf_talks.pdf is not a PDF")
    check(not os.path.exists(os.path.join(d, "gulf_talks.dot")), "a format not asked for was written")
    # The PNG is as large as the SVG says the drawing is (pt at 96 dpi).
    svg = read(os.path.join(d, "gulf_talks.svg")).decode()
    m = re.search(r'<svg width="(\d+)pt" height="(\d+)pt"', svg)
    data = read(png)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    check(m is not None and abs(width - int(m.group(1)) * 4 / 3) < 3 and abs(height - int(m.group(2)) * 4 / 3) < 3,
          "PNG is %dx%d px, SVG %s pt" % (width, height, m.groups() if m else None))
    # Binary output on standard output, byte for byte the file's.
    r = parley(["-f", "png", "-o", "-", ARTICLE])
    check(r.returncode == 0 and r.stdout == data, "-f png -o - differs from the file (exit %d)" % r.returncode)


def plugin_dir_without_cairo(d):
    """A GVBINDIR with Graphviz's config and libraries, less the cairo
    renderer: the blocks of config6a for the core and layout plugins, and
    links to those libraries."""
    libdir = subprocess.run(["pkg-config", "--variable=libdir", "libgvc"], capture_output=True,
                            text=True).stdout.strip()
    real = os.path.join(libdir, "graphviz")
    with open(os.path.join(real, "config6a"), encoding="utf-8") as f:
        config = f.read()
    keep = ("libgvplugin_core", "libgvplugin_dot_layout", "libgvplugin_neato_layout")
    blocks, current, depth = [], None, 0
    for line in config.splitlines(keepends=True):
        if depth == 0:
            if "{" not in line:  # comments and blank lines between blocks
                continue
            current = [line]
        else:
            current.append(line)
        depth += line.count("{") - line.count("}")
        if depth == 0:
            if current[0].startswith(keep):
                blocks.append("".join(current))
            current = None
    check(len(blocks) == 3, "config6a: found %d of the 3 plugin blocks" % len(blocks))
    plugins = os.path.join(d, "plugins")
    os.makedirs(plugins)
    with open(os.path.join(plugins, "config6a"), "w", encoding="utf-8") as f:
        f.write("".join(blocks))
    for name in os.listdir(real):
        if name.startswith(keep):
            os.symlink(os.path.join(real, name), os.path.join(plugins, name))
    return plugins


def test_without_cairo(d):
    env = dict(os.environ, GVBINDIR=plugin_dir_without_cairo(d))
    out = os.path.join(d, "out")
    r = parley(["-o", out, "-f", "json,dot,svg,png,pdf", ARTICLE], env=env)
    err = r.stderr.decode()
    check(r.returncode == 1, "without cairo: exit %d, want 1: %s" % (r.returncode, err))
    for fmt in ("PNG", "PDF"):
        want = ("parley: %s/gulf_talks.%s: %s needs Graphviz's cairo renderer (libgvplugin_pango, "
                "in Debian's libgvc6 package), which is not installed\n") % (out, fmt.lower(), fmt)
        check(want in err, "without cairo: no message %r in %r" % (want, err))
    check(err.count("\n") == 2, "without cairo: other messages too: %r" % err)
    names = sorted(os.listdir(out))
    check(names == ["gulf_talks.dot", "gulf_talks.json", "gulf_talks.svg"],
          "without cairo: files %s, want dot, json and svg only (no temporaries)" % names)
    check(b"<svg" in read(os.path.join(out, "gulf_talks.svg")), "without cairo: the SVG is not drawn")


def main():
    with tempfile.TemporaryDirectory() as d:
        test_images(os.path.join(d, "a"))
        test_without_cairo(os.path.join(d, "b"))
    if failures:
        print("%d failure(s)" % failures, file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
