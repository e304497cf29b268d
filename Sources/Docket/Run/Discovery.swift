import DocketReaders
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the papers under an input folder: files named like papers (`.pdf`, `.txt`, `.md`,
/// `.html`, …) and files of other names whose first bytes say PDF or HTML. Hidden files and
/// folders are skipped, and so is the output folder when it lies inside the input. Symbolic
/// links are followed only when they resolve inside the input root; a folder reached twice
/// (a link loop) is read once. Results are sorted by relative path.
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
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
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
        return found.sorted { $0.relativePath < $1.relativePath }
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
