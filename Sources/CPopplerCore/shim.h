// poppler's own classes (Debian: libpoppler-private-dev) are C++ and are included by
// Sources/CPoppler alone; this target only carries their compiler and linker flags (from
// pkg-config's `poppler`) to it. Nothing here is for Swift to import.
