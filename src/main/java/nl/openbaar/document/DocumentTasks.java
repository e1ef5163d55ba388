package nl.openbaar.document;

import nl.openbaar.work.BackgroundTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The background tasks of this capability: reading one document, organising one request's documents. */
@Configuration
class DocumentTasks {

    @Bean
    BackgroundTask readDocumentTask(@Lazy ReadingDocument reading) {
        return new BackgroundTask() {
            @Override
            public String name() {
                return ReadingDocument.TASK;
            }

            @Override
            public void run(String data) {
                reading.read(Long.parseLong(data));
            }
        };
    }

    @Bean
    BackgroundTask organiseDocumentsTask(@Lazy OrganisingDocuments organising) {
        return new BackgroundTask() {
            @Override
            public String name() {
                return OrganisingDocuments.TASK;
            }

            @Override
            public void run(String data) {
                organising.organise(Long.parseLong(data));
            }
        };
    }
}
