package io.scofacts.infra.cdk;

import software.amazon.awscdk.App;

/** Entry point of `cdk synth` / `cdk deploy` (cdk.json); settings come from context values. */
public final class ScofactsApp {

    public static final String STACK_NAME = "ScofactsService";

    private ScofactsApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        new ScofactsStack(app, STACK_NAME, DeploymentSettings.from(app.getNode()));
        app.synth();
    }
}
