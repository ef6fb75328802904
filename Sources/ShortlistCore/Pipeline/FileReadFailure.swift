import Foundation

/// Turns the errors Foundation throws when reading a file into the short phrases Shortlist's rows use
/// ("permission denied", "input/output error").
enum FileReadFailure {
    static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return InputEnumerator.errnoDescription(posix.code.rawValue) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return InputEnumerator.errnoDescription(Int32(underlying.code))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileReadNoPermission.rawValue {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}
