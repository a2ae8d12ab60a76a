package dev.folderalbums.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs one test class in a JVM of its own, as another repository's build would, and exits 1 on any failure. */
public final class ContractRunner {
  private ContractRunner() {}

  /** @param args the test class's name */
  public static void main(String[] args) throws ClassNotFoundException {
    Class<?> test = Class.forName(args[0]);
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(test)).build(), summary);
    TestExecutionSummary s = summary.getSummary();
    System.out.println("tests found " + s.getTestsFoundCount() + ", succeeded " + s.getTestsSucceededCount()
        + ", failed " + s.getTotalFailureCount());
    s.getFailures().forEach(f -> System.out.println("failure: " + f.getTestIdentifier().getDisplayName() + ": "
        + f.getException().getMessage()));
    System.exit(s.getTotalFailureCount() == 0 && s.getTestsFoundCount() > 0 ? 0 : 1);
  }
}
