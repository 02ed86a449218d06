# `cpack -G DEB` in the build folder: a Debian 12 package of what `cmake --install` installs. dpkg-shlibdeps
# finds the shared libraries' packages (Qt 6, QCustomPlot, SQLite); the rest are what Qt loads at run time
# (the platform plugins; the SVG plugins come with libqt6svg6) and the fonts of the diagrams and reports.
set(CPACK_PACKAGE_NAME cluster-studio)
set(CPACK_PACKAGE_VENDOR "The ClusterStudio developers")
set(CPACK_PACKAGE_CONTACT "The ClusterStudio developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Design AI GPU clusters")
set(CPACK_PACKAGE_DESCRIPTION "ClusterStudio lays out GPU servers, switches and storage and cables them on
the networks an AI cluster needs, checks the design, estimates training and
inference, and exports diagrams, PDF reports, bills of materials, NetBox and
draw.io files. The same computations run on the command line.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # cluster-studio_<version>_<architecture>.deb
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
set(CPACK_GENERATOR DEB)
include(CPack)
