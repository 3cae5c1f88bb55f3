# Windows and macOS: at install time, Qt's deploy support (Qt >= 6.3, windeployqt or macdeployqt underneath) copies
# the Qt libraries, the plugins the app loads (platform, styles, image formats, SQL drivers, TLS) and Qt's own
# translations next to the programs or into the app bundle, and writes qt.conf. The libraries that are not Qt's
# (yaml-cpp, QtKeychain, SQLite, libpq) are installed from the same dependency set CMake computes from the binaries.
# Included by app/CMakeLists.txt after both targets exist; never on Linux, where the package uses the system's Qt.
if(APPLE)
    # The command line lives in the bundle next to the app, so it finds the same frameworks.
    set(deploy_executable "Arr Score Exporter.app")
    set(deploy_helpers "Arr Score Exporter.app/Contents/MacOS/$<TARGET_FILE_NAME:arrscore>")
else()
    set(deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:arrscore-gui>")
    set(deploy_helpers "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:arrscore>")
endif()
set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-arrscore.cmake")
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"${deploy_helpers}\"
    GENERATE_QT_CONF
    VERBOSE)
")
install(SCRIPT ${deploy_script})

if(WIN32)
    # The DLLs that are not Qt's, found where the dependencies were (vcpkg's or MSYS2's bin folders).
    set(dll_dirs)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND dll_dirs "${prefix}/bin")
    endforeach()
    install(RUNTIME_DEPENDENCY_SET arrscore_runtime
        DIRECTORIES ${dll_dirs}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
        POST_EXCLUDE_REGEXES "[\\\\/][Ss]ystem32[\\\\/]"
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
