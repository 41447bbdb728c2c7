#!/usr/bin/python3
"""`cmake --install` into a temporary prefix, then examples/embed built
against what was installed, three ways: CMake's find_package(parley) with
the shared and with the static library, and pkg-config (shared, and the
static archive with `pkg-config --static`). Each program must print exactly
the JSON the installed `parley -f json -o -` prints for the same article.
Also checks the exact list of installed files, the SONAME and that
libparley.so exports exactly the functions include/parley/*.h declare.

Run by ctest with PARLEY_BUILD_DIR set (the build must be complete); by
hand: PARLEY_BUILD_DIR=build /usr/bin/python3 tests/e2e/test_install.py
"""

import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BUILD_DIR = os.path.abspath(os.environ.get("PARLEY_BUILD_DIR", os.path.join(SOURCE_DIR, "build")))
ARTICLE = "examples/gulf_talks.txt"   # relative: it names the document in the JSON
SONAME = "libparley.so.0.1"
REAL_SO = "libparley.so.0.1.0"

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


def run(cmd, env=None, cwd=SOURCE_DIR):
    """Runs cmd; a failure to run is reported with its output, and None returned."""
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=600)
    if p.returncode != 0:
        check(False, "%s exited %d\n  stderr: %s\n  stdout: %s" % (
            " ".join(cmd), p.returncode, p.stderr.decode("utf-8", "replace")[-3000:],
            p.stdout.decode("utf-8", "replace")[-1000:]))
        return None
    return p


def cache():
    """The build's CMakeCache.txt as a dict (NAME -> value)."""
    values = {}
    with open(os.path.join(BUILD_DIR, "CMakeCache.txt")) as f:
        for line in f:
            m = re.match(r"^([A-Za-z0-9_]+):[A-Z_]+=(.*)$", line.rstrip("\n"))
            if m:
                values[m.group(1)] = m.group(2)
    return values


def declared_functions():
    """Every parley_ function the public headers declare (comments removed)."""
    names = set()
    for h in glob.glob(os.path.join(SOURCE_DIR, "include", "parley", "*.h")):
        with open(h) as f:
            text = re.sub(r"/\*.*?\*/", " ", f.read(), flags=re.S)
        names.update(re.findall(r"\b(parley_[a-z0-9_]+)\s*\(", text))
    return names


def check_file_list(prefix, libdir, build_type):
    headers = sorted("include/parley/" + os.path.basename(h)
                     for h in glob.glob(os.path.join(SOURCE_DIR, "include", "parley", "*.h")))
    expected = set(headers) | {
        "bin/parley",
        libdir + "/libparley.a",
        libdir + "/libparley.so",
        libdir + "/" + SONAME,
        libdir + "/" + REAL_SO,
        libdir + "/pkgconfig/parley.pc",
        libdir + "/cmake/parley/parleyConfig.cmake",
        libdir + "/cmake/parley/parleyConfigVersion.cmake",
        libdir + "/cmake/parley/parleyTargets.cmake",
        "share/man/man1/parley.1",
        "share/bash-completion/completions/parley",
    }
    found = set()
    for root, _, files in os.walk(prefix):
        for name in files:
            found.add(os.path.relpath(os.path.join(root, name), prefix))
    # One file of imported locations per configuration, named after the
    # build type the build really used (CMakeLists.txt may default it).
    per_config = sorted(f for f in found
                        if re.match(re.escape(libdir) + r"/cmake/parley/parleyTargets-[a-z]+\.cmake$", f))
    check(len(per_config) == 1 and (not build_type or per_config[0].endswith(
        "-%s.cmake" % build_type.lower())), "one parleyTargets-CONFIG.cmake: %r" % per_config)
    expected |= set(per_config)
    check(found == expected, "installed files: missing %s, unexpected %s" % (
        sorted(expected - found), sorted(found - expected)))
    lib = os.path.join(prefix, libdir)
    check(os.readlink(os.path.join(lib, "libparley.so")) == SONAME,
          "libparley.so -> %s" % SONAME)
    check(os.readlink(os.path.join(lib, SONAME)) == REAL_SO, "%s -> %s" % (SONAME, REAL_SO))
    for src, dst in (("docs/parley.1", "share/man/man1/parley.1"),
                     ("completion/parley.bash", "share/bash-completion/completions/parley")):
        with open(os.path.join(SOURCE_DIR, src), "rb") as a, \
                open(os.path.join(prefix, dst), "rb") as b:
            check(a.read() == b.read(), "%s installed as %s unchanged" % (src, dst))


def check_shared_library(lib):
    p = run(["readelf", "-d", os.path.join(lib, REAL_SO)])
    if p:
        sonames = re.findall(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", p.stdout.decode())
        check(sonames == [SONAME], "SONAME %s, found %s" % (SONAME, sonames))
    p = run(["nm", "-D", "--defined-only", os.path.join(lib, REAL_SO)])
    if p:
        exported = {line.split()[-1] for line in p.stdout.decode().splitlines() if line.strip()}
        declared = declared_functions()
        check(exported == declared, "libparley.so exports what include/parley declares: "
              "not exported %s, exported but undeclared %s" % (
                  sorted(declared - exported), sorted(exported - declared)))


def needed(binary):
    p = run(["readelf", "-d", binary])
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", p.stdout.decode()) if p else []


def check_program(what, binary, expected_json, env, shared):
    """Runs one build of the example on ARTICLE and compares its output."""
    libs = needed(binary)
    if shared:
        check(SONAME in libs, "%s: links %s (NEEDED: %s)" % (what, SONAME, libs))
    else:
        check(not any(l.startswith("libparley") for l in libs),
              "%s: libparley linked statically (NEEDED: %s)" % (what, libs))
    p = run([binary, ARTICLE], env=env)
    if p is None:
        return
    check(p.stderr == b"", "%s: nothing on stderr, got %r" % (what, p.stderr[:500]))
    if check(p.stdout == expected_json, "%s: prints what parley -f json -o - prints" % what):
        print("ok %s (%d bytes of JSON)" % (what, len(p.stdout)))


def main():
    cfg = cache()
    libdir = cfg.get("CMAKE_INSTALL_LIBDIR", "lib")
    build_type = cfg.get("CMAKE_BUILD_TYPE", "")
    cc = cfg.get("CMAKE_C_COMPILER", "cc")
    # A sanitizer build's libraries need the sanitizer runtime in the program.
    flags = []
    if cfg.get("PARLEY_SANITIZE") == "ON" or cfg.get("PARLEY_FUZZ") == "ON":
        flags.append("-fsanitize=address,undefined")
    if cfg.get("PARLEY_FUZZ") == "ON":
        flags.append("-fsanitize=fuzzer-no-link")

    tmp = tempfile.mkdtemp(prefix="parley-install-")
    try:
        prefix = os.path.join(tmp, "prefix")
        if run(["cmake", "--install", BUILD_DIR, "--prefix", prefix]) is None:
            return
        check_file_list(prefix, libdir, build_type)
        lib = os.path.join(prefix, libdir)
        check_shared_library(lib)

        # Nothing from the build tree or the system's own parley may be used.
        env = dict(os.environ)
        for var in ("LD_LIBRARY_PATH", "PKG_CONFIG_PATH", "CMAKE_PREFIX_PATH", "CPATH",
                    "LIBRARY_PATH", "C_INCLUDE_PATH"):
            env.pop(var, None)
        p = run([os.path.join(prefix, "bin", "parley"), "-f", "json", "-o", "-", ARTICLE], env=env)
        if p is None:
            return
        expected = p.stdout
        try:
            nodes = json.loads(expected)["graph"]["nodes"]
        except (ValueError, KeyError, TypeError):
            nodes = {}
        check("country:SAU" in nodes and "official:marco-rubio" in nodes,
              "installed parley prints the graph of %s" % ARTICLE)

        # parleyConfigVersion.cmake: 0.x minor versions are not compatible.
        probe = os.path.join(tmp, "probe")
        os.mkdir(probe)
        with open(os.path.join(probe, "CMakeLists.txt"), "w") as f:
            f.write("cmake_minimum_required(VERSION 3.18)\nproject(probe LANGUAGES C)\n"
                    "foreach(v 0.1 0.1.0 0.2 1.0)\n"
                    "  find_package(parley ${v} QUIET)\n"
                    "  message(STATUS \"want ${v}: ${parley_FOUND} ${parley_VERSION}\")\n"
                    "  unset(parley_FOUND)\n  unset(parley_VERSION)\n"
                    "endforeach()\n")
        p = run(["cmake", "-S", probe, "-B", os.path.join(probe, "b"),
                 "-DCMAKE_PREFIX_PATH=" + prefix], env=env)
        if p:
            found = re.findall(r"-- want (\S+): (\S*) ?(\S*)", p.stdout.decode())
            check(found == [("0.1", "1", "0.1.0"), ("0.1.0", "1", "0.1.0"), ("0.2", "0", ""),
                            ("1.0", "0", "")],
                  "find_package(parley V) finds 0.1.0 for V = 0.1 and 0.1.0 only: %r" % found)

        example = os.path.join(SOURCE_DIR, "examples", "embed")
        for static in (False, True):
            what = "find_package, parley::parley" + ("_static" if static else "")
            bdir = os.path.join(tmp, "cmake-static" if static else "cmake-shared")
            configure = ["cmake", "-S", example, "-B", bdir, "-DCMAKE_PREFIX_PATH=" + prefix,
                         "-DCMAKE_C_COMPILER=" + cc, "-DCMAKE_BUILD_TYPE=Release",
                         "-DCMAKE_C_FLAGS=-Wall -Wextra -Werror " + " ".join(flags),
                         "-DPARLEY_EMBED_STATIC=" + ("ON" if static else "OFF")]
            if run(configure, env=env) and run(["cmake", "--build", bdir], env=env):
                # The shared build finds libparley.so through the RPATH CMake sets.
                check_program(what, os.path.join(bdir, "parley-embed"), expected, env,
                              shared=not static)

        pc_env = dict(env, PKG_CONFIG_PATH=os.path.join(lib, "pkgconfig"))
        p = run(["pkg-config", "--modversion", "parley"], env=pc_env)
        check(p is not None and p.stdout == b"0.1.0\n", "pkg-config --modversion parley: 0.1.0")
        p = run(["pkg-config", "--variable=libdir", "parley"], env=pc_env)
        check(p is not None and os.path.realpath(p.stdout.decode().strip()) == os.path.realpath(lib),
              "pkg-config's libdir is the installed one")
        cflags = run(["pkg-config", "--cflags", "parley"], env=pc_env)
        libs = run(["pkg-config", "--libs", "parley"], env=pc_env)
        static_libs = run(["pkg-config", "--static", "--libs", "parley"], env=pc_env)
        if cflags and libs and static_libs:
            cflags = shlex.split(cflags.stdout.decode())
            main_c = os.path.join(example, "main.c")
            shared_bin = os.path.join(tmp, "pc-shared")
            if run([cc, "-std=c11", "-Wall", "-Wextra", "-Werror"] + flags + ["-o", shared_bin,
                    main_c] + cflags + shlex.split(libs.stdout.decode()), env=env):
                check_program("pkg-config --libs", shared_bin, expected,
                              dict(env, LD_LIBRARY_PATH=lib), shared=True)
            # -l:libparley.a picks the archive beside the .so; the rest of
            # --static names what the archive needs.
            static_bin = os.path.join(tmp, "pc-static")
            rest = [a for a in shlex.split(static_libs.stdout.decode()) if a != "-lparley"]
            if run([cc, "-std=c11", "-Wall", "-Wextra", "-Werror"] + flags + ["-o", static_bin,
                    main_c] + cflags + ["-l:libparley.a"] + rest, env=env):
                check_program("pkg-config --static", static_bin, expected, env, shared=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
    if failures:
        print("%d failure(s)" % len(failures))
        sys.exit(1)
    print("all install checks passed")
