# SPDX-FileCopyrightText: 2026 Seedline contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# Finds Graphviz (cgraph + gvc) and defines the imported target Graphviz::Graphviz.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_GRAPHVIZ QUIET libgvc libcgraph)
endif()

find_path(Graphviz_INCLUDE_DIR NAMES graphviz/cgraph.h HINTS ${PC_GRAPHVIZ_INCLUDEDIR})
find_library(Graphviz_CGRAPH_LIBRARY NAMES cgraph HINTS ${PC_GRAPHVIZ_LIBDIR})
find_library(Graphviz_GVC_LIBRARY NAMES gvc HINTS ${PC_GRAPHVIZ_LIBDIR})
find_library(Graphviz_CDT_LIBRARY NAMES cdt HINTS ${PC_GRAPHVIZ_LIBDIR})
set(Graphviz_VERSION ${PC_GRAPHVIZ_libgvc_VERSION})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Graphviz
    REQUIRED_VARS Graphviz_INCLUDE_DIR Graphviz_CGRAPH_LIBRARY Graphviz_GVC_LIBRARY Graphviz_CDT_LIBRARY
    VERSION_VAR Graphviz_VERSION)

if(Graphviz_FOUND AND NOT TARGET Graphviz::Graphviz)
    add_library(Graphviz::Graphviz INTERFACE IMPORTED)
    set_target_properties(Graphviz::Graphviz PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${Graphviz_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${Graphviz_GVC_LIBRARY};${Graphviz_CGRAPH_LIBRARY};${Graphviz_CDT_LIBRARY}")
endif()
mark_as_advanced(Graphviz_INCLUDE_DIR Graphviz_CGRAPH_LIBRARY Graphviz_GVC_LIBRARY Graphviz_CDT_LIBRARY)
