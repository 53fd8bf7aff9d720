import Foundation
import PackagePlugin

/// Compiles the linguist-edited lexicons in `lexicons/` into the library, so that a
/// `vietquote` binary carries them and works from any folder, with nothing beside it.
///
/// The files are embedded as raw string literals (one per file) by `LexiconCodegen`;
/// unlike `.embedInCode` resources, whose build time grows steeply with file size,
/// a string literal compiles in time linear in its length.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let lexiconDirectory = context.package.directoryURL.appending(path: "lexicons")
        let files = try FileManager.default.contentsOfDirectory(
            at: lexiconDirectory, includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "tsv" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lexicons",
                executable: try context.tool(named: "LexiconCodegen").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
