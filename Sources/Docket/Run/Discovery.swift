import DocketReaders
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the papers under an input folder: files named like papers (`.pdf`, `.txt`, `.md`,
/// `.html`, …) and files of other names whose first bytes say PDF or HTML. Hidden files and
/// folders are skipped, and so is the output folder when it lies inside the input. Symbolic
/// links are followed only when they resolve inside the input root; a folder reached twice
/// (a link loop) is read once. Results are sorted by the bytes of the relative path.
struct Discovery {
    var root: String
    var excluded: [String]

    func files() throws -> [DiscoveredFile] {
        guard let realRoot = Self.realPath(root) else { throw RunError.input("cannot read the input folder \(root)") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: realRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RunError.input("\(root) is not a folder")
        }
        let excludedReal = Set(excluded.compactMap(Self.realPath))
        var found: [DiscoveredFile] = []
        var visited = Set<String>()
        var stack: [(real: String, relative: String)] = [(realRoot, "")]
        while let (directory, relative) = stack.popLast() {
            guard visited.insert(directory).inserted else { continue }
            for entry in Self.entries(of: directory) where entry.first != UInt8(ascii: ".") {
                guard let name = String(validating: entry, as: UTF8.self) else {
                    // A name that is not UTF-8 cannot be opened through a String path: it is
                    // reported (with its bytes escaped) rather than silently skipped.
                    let shown = Self.escaped(entry)
                    found.append(DiscoveredFile(relativePath: relative.isEmpty ? shown : "\(relative)/\(shown)",
                                                absolutePath: "", size: 0, modified: 0, unreadableName: true))
                    continue
                }
                let path = "\(directory)/\(name)"
                let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }  // vanished since the listing
                var target = path
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    guard let resolved = Self.realPath(path), resolved == realRoot || resolved.hasPrefix(realRoot + "/"),
                          stat(resolved, &info) == 0 else { continue }  // outside the root, dangling or a loop
                    target = resolved
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    let real = Self.realPath(target) ?? target
                    if !excludedReal.contains(real) { stack.append((real, childRelative)) }
                case S_IFREG:
                    guard FormatSniffer.isCandidateName(name) || Self.sniffsAsPaper(target) else { continue }
                    let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                    found.append(DiscoveredFile(relativePath: childRelative, absolutePath: path, size: Int64(info.st_size), modified: modified))
                default:
                    continue
                }
            }
        }
        return found.sorted { $0.relativePath.precedesByBytes($1.relativePath) }
    }

    /// The raw names in a folder (not decoded: names need not be UTF-8 on Linux).
    static func entries(of directory: String) -> [[UInt8]] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> [UInt8] in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// A name's bytes with those outside printable ASCII written as `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { $0 >= 0x20 && $0 < 0x7F && $0 != 0x5C ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A file without a paper's name that starts like a PDF or an HTML page.
    static func sniffsAsPaper(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 1024)) ?? Data())
        return FormatSniffer.format(of: head, path: "") != .text || PDFReader.isPDF(head)
    }
}
