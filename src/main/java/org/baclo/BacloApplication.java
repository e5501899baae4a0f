package org.baclo;

import org.baclo.knowledge.Knowledge;
import org.baclo.knowledge.KnowledgeException;
import org.baclo.knowledge.KnowledgeLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web application. The knowledge base is loaded and validated before Spring starts.
 */
@SpringBootApplication
public class BacloApplication {

    /**
     * Starts the web application; a broken knowledge file stops start-up with its
     * message.
     */
    static void start(String[] args) {
        Knowledge knowledge;
        try {
            knowledge = KnowledgeLoader.fromClasspath();
        }
        catch (KnowledgeException e) {
            System.err.println("Baclo cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        SpringApplication app = new SpringApplication(BacloApplication.class);
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("knowledge", knowledge));
        app.run(args);
    }

    public static void main(String[] args) {
        start(args);
    }

}
