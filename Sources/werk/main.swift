import WerkCLI

await Werk.mainWithExitStatus()
