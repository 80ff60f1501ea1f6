package io.postwarden;

import org.springframework.boot.SpringApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PostwardenApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostwardenApplication.class, args);
    }
}
