// SPDX-License-Identifier: Apache-2.0
package io.i2ckit.kmodloader;

import io.i2ckit.core.Errno;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** modinfo's reports: a module file's fields, signature and parameters, or a builtin's. */
final class ModuleReports {
    private ModuleReports() {
    }

    /** See {@link ModuleLoader#describe}. */
    static List<List<Modinfo.Field>> describe(Resolver resolver, String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if ((nameOrFile.contains("/") || nameOrFile.matches(".*\\.ko(\\.(xz|gz|zst))?")) && Files.isRegularFile(file)) {
            return List.of(describeFile(file));
        }
        List<Resolver.Target> targets = resolver.lookup(nameOrFile);
        if (targets.isEmpty()) {
            throw new ModuleNotFoundException(nameOrFile, resolver.tree().directory().toString(),
                    resolver.tree().problem().orElse(null));
        }
        List<List<Modinfo.Field>> out = new ArrayList<>();
        for (Resolver.Target t : targets) {
            var entry = resolver.tree().entry(t.module());
            if (entry.isPresent()) {
                out.add(describeFile(entry.get().path()));
            } else if (resolver.tree().isBuiltin(t.module())) {
                List<Modinfo.Field> fields = new ArrayList<>();
                fields.add(new Modinfo.Field("name", t.module()));
                fields.addAll(Modinfo.ofBuiltin(t.module(), resolver.tree().builtinModinfoText())
                        .report("(builtin)", java.util.Optional.empty()));
                out.add(fields);
            }
        }
        return out;
    }

    private static List<Modinfo.Field> describeFile(Path file) {
        byte[] image = ModuleFile.image(file);
        try {
            return Modinfo.of(image).report(file.toString(), ModuleSignature.of(image));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ModuleException(Names.module(file.toString()), Errno.ENOEXEC, file
                    + " is not a kernel module: " + e.getMessage());
        }
    }
}
