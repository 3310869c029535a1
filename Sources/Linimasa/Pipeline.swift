public import LinimasaCore

/// Marker for the pipeline module; the analyser lives beside it.
public enum LinimasaVersion {
    public static let string = "0.1.0"
}
