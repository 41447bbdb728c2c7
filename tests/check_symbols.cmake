# check_symbols.cmake: the naming rule of libparley.a's global symbols. A
# global symbol is either API, declared in include/parley/ (the version
# script of libparley.so lists those), or internal and starts with pl_.
# Anything else (a helper without a prefix, an internal parley_ name, a
# test hook) fails, named. Symbols a compiler or sanitizer adds (__asan_*,
# __odr_asan*, __sancov_*, ...) are not ours and pass. Run as:
#   cmake -DNM=nm -DLIB=libparley.a -DMAP=parley.map -P check_symbols.cmake
execute_process(COMMAND "${NM}" -g --defined-only "${LIB}"
  OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIB}")
endif()
file(READ "${MAP}" map)
cmake_policy(SET CMP0007 NEW)
string(REGEX MATCHALL "parley_[a-z0-9_]+" api "${map}")
string(REPLACE "\n" ";" lines "${out}")
set(bad "")
set(count 0)
foreach(line IN LISTS lines)
  # "ADDRESS TYPE NAME"; archive member headers and blank lines have no type.
  if(NOT line MATCHES "^[0-9a-f]+ [A-Za-z] (.+)$")
    continue()
  endif()
  set(name "${CMAKE_MATCH_1}")
  math(EXPR count "${count} + 1")
  if(name MATCHES "^pl_" OR name MATCHES "^__(asan|odr_asan|ubsan|sancov|llvm|profc|profd)")
    continue()
  endif()
  list(FIND api "${name}" found)
  if(found LESS 0)
    list(APPEND bad "${name}")
  endif()
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "no global symbols read from ${LIB}")
endif()
if(bad)
  list(JOIN bad " " bad_text)
  message(FATAL_ERROR "libparley.a exports names outside the rule (the API of "
    "include/parley/, or pl_ for internal ones): ${bad_text}")
endif()
message(STATUS "${count} global symbols, each API or pl_")
