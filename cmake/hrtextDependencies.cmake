# The dependencies of libhrtext. This file is used twice, by the build and by the installed
# package config (hrtextConfig.cmake), so that a consumer finds exactly what the library was
# built against: ICU (uc, i18n), RE2, libzip and pugixml (Word and
# OpenDocument files), Boost (headers: Boost.Graph is header-only for us) and, when built with
# HRTEXT_WITH_POPPLER, poppler-cpp (PDF files).
#
# In the package config, find_dependency() forwards REQUIRED and QUIET from the consumer's
# find_package(hrtext) call; in the build, a plain find_package(... REQUIRED) is wanted.
if(COMMAND find_dependency AND DEFINED CMAKE_FIND_PACKAGE_NAME)
  macro(_hrtext_find)
    find_dependency(${ARGN})
  endmacro()
else()
  macro(_hrtext_find)
    find_package(${ARGN} REQUIRED)
  endmacro()
endif()

# `target` from the pkg-config module `module`, for libraries that ship no CMake config (or a
# broken one).
macro(_hrtext_from_pkg_config target module prefix)
  _hrtext_find(PkgConfig)
  pkg_check_modules(${prefix} REQUIRED IMPORTED_TARGET GLOBAL ${module})
  add_library(${target} ALIAS PkgConfig::${prefix})
endmacro()

if(NOT TARGET ICU::uc OR NOT TARGET ICU::i18n)
  _hrtext_find(ICU COMPONENTS uc i18n)
endif()

if(NOT TARGET Boost::headers)
  _hrtext_find(Boost 1.74)
endif()

# RE2 ships a CMake config on Debian 13 and newer, only re2.pc on Debian 12.
if(NOT TARGET re2::re2)
  find_package(re2 CONFIG QUIET)
  if(NOT re2_FOUND)
    _hrtext_from_pkg_config(re2::re2 re2 HRTEXT_RE2)
  endif()
endif()

# Debian's libzip CMake config names command-line tools that another package ships: pkg-config.
if(NOT TARGET libzip::zip)
  _hrtext_from_pkg_config(libzip::zip libzip HRTEXT_LIBZIP)
endif()
if(NOT TARGET pugixml::pugixml)
  _hrtext_find(pugixml)
  if(NOT TARGET pugixml::pugixml AND TARGET pugixml)
    add_library(pugixml::pugixml ALIAS pugixml)
  endif()
endif()

# poppler-cpp ships only poppler-cpp.pc.
if(HRTEXT_WITH_POPPLER AND NOT TARGET poppler::cpp)
  _hrtext_from_pkg_config(poppler::cpp poppler-cpp HRTEXT_POPPLER)
endif()
