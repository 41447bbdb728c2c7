# install.cmake: what `cmake --install` puts where (GNUInstallDirs), and the
# metadata other programs build against: parley.pc for pkg-config, and
# parleyConfig.cmake with exported targets parley::parley (shared) and
# parley::parley_static for find_package(parley). Included at the end of
# CMakeLists.txt, so it sees every link dependency of parley_static.

# parley_flags (warnings, -Werror, sanitizers) is how parley itself is
# built, no part of the installed library; but libparley.a records it as a
# private link dependency, $<LINK_ONLY:parley_flags>, which an exported
# target could not name. It is kept for the build tree only.
get_target_property(parley_static_deps parley_static INTERFACE_LINK_LIBRARIES)
list(TRANSFORM parley_static_deps REPLACE "^\\$<LINK_ONLY:parley_flags>$"
  "$<LINK_ONLY:$<BUILD_INTERFACE:parley_flags>>")
set_property(TARGET parley_static PROPERTY INTERFACE_LINK_LIBRARIES "${parley_static_deps}")

install(TARGETS parley RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS parley_shared parley_static EXPORT parleyTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/parley DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")
install(FILES docs/parley.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES completion/parley.bash RENAME parley
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# The link dependencies of libparley.a, read from the target itself so that
# a library added to parley_static reaches parley.pc and parleyConfig.cmake
# without a second list to keep in step. Each kind must be known here: an
# unknown one stops the configure rather than making a .pc that cannot link.
set(PARLEY_PC_REQUIRES_PRIVATE "")
set(PARLEY_PC_LIBS_PRIVATE "")
set(PARLEY_CONFIG_DEPENDENCIES "")
set(parley_config_has_pkgconfig 0)
get_target_property(parley_static_deps parley_static INTERFACE_LINK_LIBRARIES)
foreach(dep IN LISTS parley_static_deps)
  # Private dependencies of a static library come as $<LINK_ONLY:...>.
  string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
  if(dep MATCHES "BUILD_INTERFACE")
    continue() # build-only (parley_flags, above)
  elseif(dep MATCHES "^PkgConfig::(.+)$")
    set(prefix ${CMAKE_MATCH_1})
    set(module "${${prefix}_MODULE_NAME}")
    if(NOT module)
      message(FATAL_ERROR "install.cmake: no pkg-config module known for ${dep}")
    endif()
    list(APPEND PARLEY_PC_REQUIRES_PRIVATE ${module})
    if(NOT parley_config_has_pkgconfig)
      string(APPEND PARLEY_CONFIG_DEPENDENCIES "find_dependency(PkgConfig)\n")
      set(parley_config_has_pkgconfig 1)
    endif()
    string(APPEND PARLEY_CONFIG_DEPENDENCIES
      "pkg_check_modules(${prefix} QUIET IMPORTED_TARGET ${module})\n"
      "if(NOT ${prefix}_FOUND)\n"
      "  set(parley_FOUND FALSE)\n"
      "  set(parley_NOT_FOUND_MESSAGE \"parley needs pkg-config module ${module}\")\n"
      "  return()\n"
      "endif()\n")
  elseif(dep STREQUAL "LibXml2::LibXml2")
    list(APPEND PARLEY_PC_REQUIRES_PRIVATE libxml-2.0)
    string(APPEND PARLEY_CONFIG_DEPENDENCIES "find_dependency(LibXml2)\n")
  elseif(dep STREQUAL "Threads::Threads")
    list(APPEND PARLEY_PC_LIBS_PRIVATE ${CMAKE_THREAD_LIBS_INIT})
    string(APPEND PARLEY_CONFIG_DEPENDENCIES "find_dependency(Threads)\n")
  elseif(dep MATCHES "^[A-Za-z0-9_]+$")
    list(APPEND PARLEY_PC_LIBS_PRIVATE -l${dep}) # a system library such as m
  else()
    message(FATAL_ERROR "install.cmake: do not know how to describe ${dep}, a link "
      "dependency of parley_static, in parley.pc and parleyConfig.cmake")
  endif()
endforeach()
list(REMOVE_DUPLICATES PARLEY_PC_REQUIRES_PRIVATE)
list(REMOVE_DUPLICATES PARLEY_PC_LIBS_PRIVATE)
list(JOIN PARLEY_PC_REQUIRES_PRIVATE " " PARLEY_PC_REQUIRES_PRIVATE)
list(JOIN PARLEY_PC_LIBS_PRIVATE " " PARLEY_PC_LIBS_PRIVATE)

# parley.pc finds its prefix from its own place (${pcfiledir}), so
# `cmake --install --prefix` and DESTDIR both give a working file; absolute
# GNUInstallDirs paths are taken as they are.
set(parley_pcdir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(PARLEY_PC_PREFIX_FROM_PCDIR "")
  set(PARLEY_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(PARLEY_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH PARLEY_PC_PREFIX_FROM_PCDIR "/${parley_pcdir}" "/")
  string(REGEX REPLACE "/$" "" PARLEY_PC_PREFIX_FROM_PCDIR "${PARLEY_PC_PREFIX_FROM_PCDIR}")
  set(PARLEY_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(PARLEY_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/parley.pc.in ${PROJECT_BINARY_DIR}/generated/parley.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/generated/parley.pc DESTINATION ${parley_pcdir})

include(CMakePackageConfigHelpers)
set(parley_cmakedir ${CMAKE_INSTALL_LIBDIR}/cmake/parley)
configure_package_config_file(cmake/parleyConfig.cmake.in
  ${PROJECT_BINARY_DIR}/generated/parleyConfig.cmake INSTALL_DESTINATION ${parley_cmakedir})
# 0.x: a new minor version may break the API, so only the same minor matches.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/generated/parleyConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/generated/parleyConfig.cmake
  ${PROJECT_BINARY_DIR}/generated/parleyConfigVersion.cmake DESTINATION ${parley_cmakedir})
install(EXPORT parleyTargets NAMESPACE parley:: DESTINATION ${parley_cmakedir})
