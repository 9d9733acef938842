using ApprovalTests.Reporters;

// A failed snapshot leaves a *.received.* file beside the approved one and fails the test; no diff tool is launched.
[assembly: UseReporter(typeof(QuietReporter))]
