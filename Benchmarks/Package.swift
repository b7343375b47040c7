// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package, out of `swift build` and `swift test` of Marsad itself.
let package = Package(
    name: "marsad-benchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "marsad-bench",
            dependencies: [
                .product(name: "ArabicText", package: "main"),
                .product(name: "Ingest", package: "main"),
            ]
        ),
        .executableTarget(
            name: "ner-bench",
            dependencies: [
                .product(name: "ArabicText", package: "main"),
                .product(name: "Ingest", package: "main"),
                .product(name: "Entities", package: "main"),
            ]
        ),
        .executableTarget(
            name: "store-bench",
            dependencies: [.product(name: "Store", package: "main")]
        ),
    ],
    swiftLanguageModes: [.v5]
)
